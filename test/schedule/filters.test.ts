import { expect, html, oneEvent } from '@open-wc/testing';
import { defaultForum } from '../helpers/default-forum.js';
import type { SessionKind } from '../../src/data/types.js';
import { cleanFilters, filterSessions, filtering, fold } from '../../src/schedule/filters.js';
import { indexForum } from '../../src/schedule/group.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { $, $$, choose, render, shownIds, text } from './helpers.js';

const control = (el: ImrfSchedule, label: string) =>
  $$(el, 'label.field')
    .find((l) => text(l).startsWith(label))!
    .querySelector<HTMLSelectElement | HTMLInputElement>('select, input')!;

describe('schedule filters', () => {
  it('filters by day, room and kind from attributes, and says how many are shown', async () => {
    const el = await render(html`<imrf-schedule day="2022-05-18"></imrf-schedule>`);
    expect(shownIds(el)).to.deep.equal(['rt3', 'rt4', 'policy-debate']);
    expect(text($(el, '[part=count]'))).to.equal('Sessions shown: 3 of 11');
    expect($(el, '[part=count]')!.getAttribute('role')).to.equal('status');
    expect(control(el, 'Day').value).to.equal('2022-05-18');
    el.day = null;
    el.room = 'cr4';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['hearing-am', 'rt3']);
    el.room = null;
    el.kind = 'plenary';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal([
      'plenary-19-am',
      'plenary-19-pm',
      'plenary-20-am',
      'plenary-20-pm',
    ]);
    el.setAttribute('day', '2022-05-20');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['plenary-20-am', 'plenary-20-pm']);
  });

  it('finds the round table that reviews a GCM objective', async () => {
    const el = await render(html`<imrf-schedule objective="14"></imrf-schedule>`);
    expect(shownIds(el)).to.deep.equal(['rt3']);
    el.objective = 23;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['rt4']);
    const options = [...control(el, 'GCM objective').querySelectorAll('option')].map(text);
    expect(options).to.have.length(24);
    expect(options[0]).to.equal('All objectives');
    expect(options[14]).to.equal('14. Consular protection');
  });

  it('searches titles, descriptions and segments: every word, any case, any accent', async () => {
    const el = await render(html`<imrf-schedule search="progress DECLARATION"></imrf-schedule>`);
    expect(shownIds(el)).to.deep.equal(['plenary-20-pm']);
    el.search = 'round table 3';
    await el.updateComplete;
    // Round table 4 is "held in parallel with round table 3".
    expect(shownIds(el)).to.deep.equal(['rt3', 'rt4']);
    const fr = await render(
      html`<div lang="fr"><imrf-schedule search="DIALOGUE politique"></imrf-schedule></div>`,
    );
    expect(shownIds(fr)).to.deep.equal(['policy-debate']);
  });

  it('ignores values the forum does not have', async () => {
    const el = await render(
      html`<imrf-schedule
        day="2022-05-21"
        room="nowhere"
        kind=${'party' as SessionKind}
        objective="99"
      ></imrf-schedule>`,
    );
    expect(shownIds(el)).to.have.length(11);
    expect(control(el, 'Day').value).to.equal('');
  });

  it('says when nothing matches, and clears the filters on request', async () => {
    const el = await render(html`<imrf-schedule day="2022-05-16" kind="plenary"></imrf-schedule>`);
    expect(shownIds(el)).to.deep.equal([]);
    expect(text($(el, '.none'))).to.equal('No session matches these filters.');
    const clear = $$<HTMLButtonElement>(el, '[part=toolbar] button').find(
      (b) => text(b) === 'Clear filters',
    )!;
    setTimeout(() => clear.click());
    const event = await oneEvent(el, 'imrf-filter-change');
    expect(event.detail).to.deep.equal({
      day: null,
      room: null,
      kind: null,
      objective: null,
      search: null,
    });
    expect(el.hasAttribute('day') || el.hasAttribute('kind')).to.equal(false);
    expect(shownIds(el)).to.have.length(11);
    expect($$(el, '[part=toolbar] button').map(text)).to.not.include('Clear filters');
  });

  it('keeps controls and attributes in sync, and reports the visitor’s changes', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    setTimeout(() => choose(el, 'Day', '2022-05-17'));
    let event = await oneEvent(el, 'imrf-filter-change');
    expect(event.detail.day).to.equal('2022-05-17');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.getAttribute('day')).to.equal('2022-05-17');
    expect(shownIds(el)).to.deep.equal(['rt1', 'rt2']);

    setTimeout(() => choose(el, 'GCM objective', '9'));
    event = await oneEvent(el, 'imrf-filter-change');
    expect(event.detail).to.deep.include({ day: '2022-05-17', objective: 9 });
    expect(el.getAttribute('objective')).to.equal('9');
    expect(shownIds(el)).to.deep.equal(['rt2']);

    setTimeout(() => choose(el, 'Search', 'tajik'));
    event = await oneEvent(el, 'imrf-filter-change');
    expect(event.detail.search).to.equal('tajik');
    expect(el.getAttribute('search')).to.equal('tajik');

    // Partner code changes an attribute: the control follows, and no event is fired.
    let fired = false;
    el.addEventListener('imrf-filter-change', () => (fired = true));
    el.setAttribute('day', '2022-05-18');
    el.removeAttribute('objective');
    el.removeAttribute('search');
    el.setAttribute('kind', 'roundtable');
    await el.updateComplete;
    expect(control(el, 'Day').value).to.equal('2022-05-18');
    expect(control(el, 'Kind').value).to.equal('roundtable');
    expect(control(el, 'GCM objective').value).to.equal('');
    expect(control(el, 'Search').value).to.equal('');
    expect(shownIds(el)).to.deep.equal(['rt3', 'rt4']);
    await el.updateComplete;
    expect(fired).to.equal(false);
  });

  it('hides every control with no-filters, and still applies the attributes', async () => {
    const el = await render(html`<imrf-schedule no-filters room="gah"></imrf-schedule>`);
    expect($(el, '[part=toolbar]')).to.equal(null);
    expect($(el, 'select, input, fieldset, [part=download-button]')).to.equal(null);
    expect(shownIds(el)).to.have.length(4);
  });
});

describe('filter functions', () => {
  const { forum } = defaultForum();
  const index = indexForum(forum);
  const ids = (values: Parameters<typeof cleanFilters>[0]) =>
    filterSessions(index, cleanFilters(values, index), 'en').map((s) => s.id);

  it('clean what the forum does not have', () => {
    expect(cleanFilters({ day: '2022-05-18', kind: 'plenary' }, index)).to.deep.equal({
      day: '2022-05-18',
      room: null,
      kind: 'plenary',
      objective: null,
      search: null,
    });
    const off = cleanFilters(
      { day: 'x', room: 'y', kind: 'z', objective: 24, search: '  ' },
      index,
    );
    expect(filtering(off)).to.equal(false);
  });

  it('combine every filter', () => {
    expect(ids({ room: 'tcc', day: '2022-05-18' })).to.deep.equal(['rt4', 'policy-debate']);
    expect(ids({ kind: 'roundtable', search: 'parallel' })).to.deep.equal(['rt3', 'rt4']);
    expect(ids({ objective: 18 })).to.deep.equal(['rt1']);
    expect(ids({})).to.have.length(11);
  });

  it('fold case and accents', () => {
    expect(fold('Débat d’Orientation')).to.equal('debat d’orientation');
    expect(fold('ÉTÉ')).to.equal('ete');
  });
});
