import { expect, html, waitUntil } from '@open-wc/testing';
import { syntheticForum } from '../../bench/synthetic-forum.js';
import { PAGE_SIZE, RENDER_ALL_UP_TO, type ImrfSchedule } from '../../src/schedule/schedule.js';
import { $, $$, render, settled, shownIds, text } from './helpers.js';

// A large conference: 2,000 sessions over 10 days in 12 parallel rooms.
const large = syntheticForum({ sessions: 2000, days: 10, rooms: 12, seed: 3 });

/** Renders the large forum in a container of a given width. */
const renderLarge = (attributes = '', width = 1200) =>
  render(
    html`<div style="inline-size: ${width}px">
      <imrf-schedule .data=${large} no-heading roundtable-href="#rt{number}"></imrf-schedule>
    </div>`,
  ).then(async (el) => {
    // Large data is read over a few tasks (no long task): wait until it is in.
    await waitUntil(() => !$(el, '[aria-busy=true]'), 'still loading');
    await settled(el);
    for (const [name, value] of new URLSearchParams(attributes)) el.setAttribute(name, value);
    await el.updateComplete;
    return el;
  });

describe('schedule with a large synthetic conference', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('renders the first page of a long programme, and more on request', async () => {
    const el = await renderLarge();
    const first = shownIds(el).length;
    expect(first)
      .to.be.at.least(PAGE_SIZE)
      .and.below(PAGE_SIZE + 12);
    expect(text($(el, '[part=count]'))).to.equal('Sessions shown: 2,000 of 2,000');
    const more = $(el, '[part=more-button]')!;
    expect(text(more)).to.equal(`Show more sessions (${(2000 - first).toLocaleString('en')} left)`);
    more.click();
    await el.updateComplete;
    expect(shownIds(el).length).to.be.at.least(first + PAGE_SIZE);
    expect(shownIds(el).slice(0, first)).to.deep.equal(
      large.sessions.slice(0, first).map((s) => s.id),
    );
  });

  it('loads the next page when "Show more" comes into view', async () => {
    const el = await renderLarge();
    const first = shownIds(el).length;
    $(el, '[part=more-button]')!.scrollIntoView();
    await waitUntil(() => shownIds(el).length > first, 'a page was added');
    scrollTo(0, 0);
  });

  it('sets the 12 rooms side by side in a scrollable, keyboard-reachable grid', async () => {
    const el = await renderLarge();
    const day = $(el, '[part=day]')!;
    expect(day.querySelectorAll('thead th')).to.have.length(13);
    const scroller = day.querySelector<HTMLElement>('.scroll')!;
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    const row = day.querySelector('tbody tr')!;
    expect(row.querySelectorAll('td article')).to.have.length(12);
  });

  it('renders every shown session at once when the filters leave few', async () => {
    const day = large.sessions[0]!.start.slice(0, 10);
    const el = await renderLarge(`room=room-5&day=${day}`);
    const ids = shownIds(el);
    expect(ids.length).to.be.at.most(RENDER_ALL_UP_TO);
    expect(ids.length).to.equal(
      large.sessions.filter((s) => s.room === 'room-5' && s.start.startsWith(day)).length,
    );
    expect($(el, '[part=more-button]')).to.equal(null);
    el.removeAttribute('room');
    el.setAttribute('kind', 'roundtable');
    await el.updateComplete;
    const tables = large.sessions.filter((s) => s.kind === 'roundtable' && s.start.startsWith(day));
    expect(tables.length).to.be.within(1, RENDER_ALL_UP_TO);
    expect(shownIds(el).length).to.equal(tables.length);
  });

  it('goes back to the first page when a filter changes', async () => {
    const el = await renderLarge();
    $(el, '[part=more-button]')!.click();
    $(el, '[part=more-button]')!.click();
    await el.updateComplete;
    el.setAttribute('search', 'remittances');
    await el.updateComplete;
    expect(shownIds(el).length).to.be.below(PAGE_SIZE + 12);
  });

  it('renders and reveals a session far down the list for its anchor', async () => {
    const far = large.sessions[1900]!.id;
    history.replaceState(null, '', `#${far}`);
    const el = await renderLarge('', 600);
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('article')?.id === far);
    expect(shownIds(el).length).to.be.above(1900);
  });

  it('prints every session, however long the programme', async () => {
    const el = await render(
      html`<imrf-schedule
        .data=${syntheticForum({ sessions: 600, days: 3, rooms: 6, seed: 9 })}
      ></imrf-schedule>`,
    );
    expect(shownIds(el).length).to.be.below(600);
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(600);
  });

  it('links round-table titles and keeps every session’s name complete', async () => {
    const el: ImrfSchedule = await renderLarge('kind=roundtable');
    const link = $$<HTMLAnchorElement>(el, 'a[part=session-title]')[0]!;
    expect(link.getAttribute('href')).to.match(/#rt\d+$/);
    expect(link.getAttribute('aria-labelledby')!.split(' ')).to.have.length.of.at.least(4);
  });
});
