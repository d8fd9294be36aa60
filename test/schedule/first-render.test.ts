import { expect, html } from '@open-wc/testing';
import defaultData from '../../data/imrf-2022.json';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { $, $$, render, settled, shownIds, text } from './helpers.js';

// The first render is about one viewport of work: the heading, the toolbar's
// visible controls and the first day; the other days and the filters' options
// follow once the first frame has painted. These tests look at the element
// between the two, so they create it themselves rather than with `render`.
const mounted: HTMLElement[] = [];

/** A schedule on the default data, after its first render only. */
async function firstRender(attributes: Record<string, string> = {}): Promise<ImrfSchedule> {
  const el = document.createElement('imrf-schedule');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const box = document.createElement('div');
  box.style.inlineSize = '1100px';
  box.append(el);
  mounted.push(box);
  document.body.append(box);
  await el.updateComplete;
  return el;
}

const ALL = defaultData.sessions.map((s) => s.id);
const FIRST_DAY = ALL.filter((id) => id.startsWith('hearing'));

/** Text nodes of white space only (or empty) in a shadow root. */
function blankTextNodes(root: ShadowRoot): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const blank: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if ((node as Text).data.trim() === '') blank.push(node.parentElement?.localName ?? '#root');
  return blank;
}

describe('schedule first render', () => {
  afterEach(() => {
    mounted.splice(0).forEach((el) => el.remove());
    history.replaceState(null, '', location.pathname + location.search);
    scrollTo(0, 0);
  });

  it('shows the first day first, keeps room for the rest, and then shows every day in place', async () => {
    const el = await firstRender();
    expect(shownIds(el)).to.deep.equal(FIRST_DAY);
    expect($$(el, '[part=day]')).to.have.length(1);
    expect(text($(el, '[part=heading]'))).to.contain('International Migration Review Forum 2022');
    expect(text($(el, '[part=count]'))).to.equal('Sessions shown: 11 of 11');
    expect($(el, '[part=more-button]'), 'no "Show more" for the held-back days').to.equal(null);
    const held = $(el, 'div[data-held]')!;
    expect(held.getBoundingClientRect().height).to.be.above(300);
    const before = $(el, '#hearing-pm')!.getBoundingClientRect();
    const height = el.getBoundingClientRect().height;

    await settled(el);
    expect(shownIds(el)).to.deep.equal(ALL);
    expect($(el, '[data-held]')).to.equal(null);
    // Nothing already shown moved, and the element only grew: no layout shift.
    const after = $(el, '#hearing-pm')!.getBoundingClientRect();
    expect([after.top, after.left, after.height]).to.deep.equal([
      before.top,
      before.left,
      before.height,
    ]);
    expect(el.getBoundingClientRect().height).to.be.at.least(height);
  });

  it('lets the held-back days through one per task, then the filters’ options', async () => {
    const el = await firstRender();
    // Each render the element makes, as the days and the toolbar's state it shows.
    const seen: string[] = [];
    const record = () => {
      const state = `${$$(el, '[part=day]').length} days, options ${$(el, 'form[data-held]') ? 'held' : 'built'}`;
      if (seen.at(-1) !== state) seen.push(state);
    };
    record();
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-held'],
    });
    await settled(el);
    observer.disconnect();
    record();
    const days = $$(el, '[part=day]').length;
    expect(days).to.be.above(2);
    const steps = Array.from({ length: days }, (_, i) => `${i + 1} days, options held`);
    expect(seen).to.deep.equal([...steps, `${days} days, options built`]);
  });

  it('scrolls at once to a session of a later day that the page’s #anchor names', async () => {
    history.replaceState(null, '', '#rt3');
    const el = await firstRender();
    await el.updateComplete;
    expect(shownIds(el)).to.include('rt3');
    expect(el.shadowRoot!.getElementById('rt3')!.classList.contains('target')).to.equal(true);
    expect(el.shadowRoot!.getElementById('rt3')!.getBoundingClientRect().top).to.be.within(-1, 10);
  });

  it('reveals a session of a later day at once', async () => {
    const el = await firstRender();
    expect(shownIds(el)).not.to.include('plenary-20-pm');
    expect(el.reveal('plenary-20-pm')).to.equal(true);
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(ALL);
  });

  it('renders everything for print, even before the first paint', async () => {
    const el = await firstRender();
    expect(shownIds(el)).to.deep.equal(FIRST_DAY);
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(ALL);
    expect($(el, '[data-held]')).to.equal(null);
    // Every disclosure opens for paper.
    expect($$(el, 'details:not([open])')).to.deep.equal([]);
    dispatchEvent(new Event('afterprint'));
  });

  it('builds the filters’ options on the toolbar’s first focus, the same as after the first paint', async () => {
    const done = await render(html`<imrf-schedule day="2022-05-18"></imrf-schedule>`);
    const lists = (el: ImrfSchedule) =>
      $$<HTMLSelectElement>(el, 'select').map((select) => ({
        name: text(select.closest('label')).replace(text(select), '').trim(),
        options: [...select.options].map((o) => [o.value, text(o), o.lang]),
        value: select.value,
      }));
    const full = lists(done);
    expect(full.map((l) => l.options.length)).to.deep.equal([6, 4, 5, 24]);

    const el = await firstRender({ day: '2022-05-18' });
    // Before: each list holds what a closed list shows, its chosen option.
    const before = lists(el);
    expect(before.map((l) => l.name)).to.deep.equal(full.map((l) => l.name));
    expect(before.map((l) => l.value)).to.deep.equal(['2022-05-18', '', '', '']);
    expect(before[0]!.options.map(([value]) => value)).to.deep.equal(['', '2022-05-18']);
    expect(before.slice(1).map((l) => l.options.length)).to.deep.equal([1, 1, 1]);

    $<HTMLSelectElement>(el, 'select')!.focus();
    await el.updateComplete;
    expect(lists(el)).to.deep.equal(full);
    // The attribute still follows the control, and the control the attribute.
    const room = $$<HTMLSelectElement>(el, 'select')[1]!;
    room.value = full[1]!.options[2]![0]!;
    room.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('room')).to.equal(full[1]!.options[2]![0]);
    el.setAttribute('day', '2022-05-19');
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('2022-05-19');
  });

  it('leaves no text node of white space only in its shadow root', async () => {
    const el = await firstRender({ 'time-zone': 'Asia/Tokyo' });
    expect(blankTextNodes(el.shadowRoot!)).to.deep.equal([]);
    await settled(el);
    expect(shownIds(el)).to.have.length(ALL.length);
    expect(blankTextNodes(el.shadowRoot!)).to.deep.equal([]);
  });
});
