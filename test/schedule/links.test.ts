import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { render, session } from './helpers.js';
import type { ForumInput } from '../../src/data/types.js';

const focused = (el: ImrfSchedule) => el.shadowRoot!.activeElement?.closest('article')?.id;
const targets = (el: ImrfSchedule) =>
  [...el.shadowRoot!.querySelectorAll('article.target')].map((a) => a.id);

describe('schedule deep links', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    scrollTo(0, 0);
  });

  it('scrolls to, highlights and focuses the session named by the page’s #anchor', async () => {
    history.replaceState(null, '', '#rt3');
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    await waitUntil(() => focused(el) === 'rt3', 'rt3 has focus');
    expect(targets(el)).to.deep.equal(['rt3']);
    const top = session(el, 'rt3').getBoundingClientRect().top;
    expect(top).to.be.within(-1, 10);
    expect(scrollY).to.be.above(0);
  });

  it('follows later changes of the anchor', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    expect(targets(el)).to.deep.equal([]);
    location.hash = '#plenary-20-pm';
    await waitUntil(() => focused(el) === 'plenary-20-pm', 'the closing plenary has focus');
    expect(targets(el)).to.deep.equal(['plenary-20-pm']);
    location.hash = '#hearing-am';
    await waitUntil(() => targets(el)[0] === 'hearing-am', 'the hearing is highlighted');
  });

  it('leaves anchors that name no session alone', async () => {
    history.replaceState(null, '', '#main-content');
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    await aTimeout(50);
    expect(targets(el)).to.deep.equal([]);
    expect(el.reveal('main-content')).to.equal(false);
  });

  it('reads ids that need encoding, and gives every session its id as anchor', async () => {
    const data: ForumInput = {
      version: 1,
      id: 'x',
      title: 'X',
      timeZone: 'UTC',
      sessions: [
        {
          id: 'a',
          kind: 'other',
          title: 'A',
          start: '2030-01-01T09:00:00Z',
          end: '2030-01-01T10:00:00Z',
        },
        {
          id: 'day 2/café',
          kind: 'other',
          title: 'B',
          start: '2030-01-02T09:00:00Z',
          end: '2030-01-02T10:00:00Z',
        },
      ],
    };
    history.replaceState(null, '', `#${encodeURIComponent('day 2/café')}`);
    const el = await render(html`<imrf-schedule .data=${data}></imrf-schedule>`);
    await waitUntil(() => focused(el) === 'day 2/café', 'the session with an odd id has focus');
    expect(session(el, 'a')).to.not.equal(null);
  });

  it('reveals only sessions the filters show', async () => {
    const el = await render(html`<imrf-schedule day="2022-05-16"></imrf-schedule>`);
    expect(el.reveal('rt3')).to.equal(false);
    expect(el.reveal('hearing-pm')).to.equal(true);
    await waitUntil(() => focused(el) === 'hearing-pm', 'hearing-pm has focus');
  });

  it('stops listening when removed', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    el.remove();
    location.hash = '#rt2';
    await aTimeout(50);
    expect(targets(el)).to.deep.equal([]);
  });
});
