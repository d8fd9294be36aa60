import { expect, html } from '@open-wc/testing';
import {
  dayIn,
  daysBetween,
  formatStart,
  formatWhen,
  SessionTimes,
} from '../../src/schedule/time.js';
import { localZone, resolveZone } from '../../src/i18n/zone.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { $, $$, render, session, text } from './helpers.js';
import { withoutWeekdayComma } from '../helpers/dom.js';

const when = (el: ImrfSchedule, id: string) => text(session(el, id).querySelector('time'));

describe('schedule time zones', () => {
  it('runs in a browser whose own zone is Tokyo (the test set-up)', () => {
    expect(localZone()).to.equal('Asia/Tokyo');
  });

  it('shows Tokyo times with their dates when they fall on another day, grouped by forum day', async () => {
    const el = await render(html`<imrf-schedule time-zone="Asia/Tokyo"></imrf-schedule>`);
    expect(text($(el, '[part=zone]'))).to.equal(
      'Times are Tokyo time (GMT+9). Days are the forum’s days in New York.',
    );
    // 15:00–18:00 in New York on 16 May is 04:00–07:00 on 17 May in Tokyo.
    expect(when(el, 'hearing-pm')).to.equal('Tue, May 17, 4:00 – 7:00 AM');
    // 10:00–13:00 in New York spans midnight in Tokyo: both dates are said.
    expect(when(el, 'hearing-am')).to.equal('Mon, May 16, 11:00 PM – Tue, May 17, 2:00 AM');
    // Sessions stay on the forum's day.
    const monday = $$(el, '[part=day]')[0]!;
    expect(text(monday.querySelector('.day-heading'))).to.equal('Monday, May 16');
    expect([...monday.querySelectorAll('article')].map((a) => a.id)).to.deep.equal([
      'hearing-am',
      'hearing-pm',
    ]);
    const rows = [...monday.querySelectorAll('tbody th')].map(text);
    expect(rows).to.deep.equal(['11:00 PM', 'Tue, May 17, 4:00 AM']);
  });

  it('shows the visitor’s own time for time-zone="local"', async () => {
    const el = await render(html`<imrf-schedule time-zone="local"></imrf-schedule>`);
    expect(text($(el, '[part=zone]'))).to.contain('Times are Tokyo time (GMT+9).');
    expect(when(el, 'rt3')).to.equal('Wed, May 18, 11:00 PM – Thu, May 19, 2:00 AM');
  });

  it('adds no date where the zone keeps the forum’s day', async () => {
    const el = await render(html`<imrf-schedule time-zone="Europe/London"></imrf-schedule>`);
    expect(when(el, 'rt3')).to.equal('3:00 – 6:00 PM');
    expect(text($(el, '[part=zone]'))).to.contain('Times are London time (GMT+1).');
  });

  it('falls back to the forum’s time for a zone that does not exist', async () => {
    const el = await render(html`<imrf-schedule time-zone="Mars/Olympus_Mons"></imrf-schedule>`);
    expect(text($(el, '[part=zone]'))).to.equal('Times are New York time (EDT).');
    expect(when(el, 'rt3')).to.equal('10:00 AM – 1:00 PM');
  });

  it('switches between forum time and the visitor’s time with a visible control', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    const radios = $$<HTMLInputElement>(el, 'fieldset input[type=radio]');
    expect($$(el, 'fieldset label').map(text)).to.deep.equal([
      'New York time (EDT)',
      'Your time: Tokyo time (GMT+9)',
    ]);
    expect(text($(el, 'fieldset legend'))).to.equal('Show times in');
    expect(radios.map((r) => r.checked)).to.deep.equal([true, false]);
    radios[1]!.click();
    await el.updateComplete;
    expect(el.getAttribute('time-zone')).to.equal('local');
    expect(when(el, 'hearing-pm')).to.equal('Tue, May 17, 4:00 – 7:00 AM');
    radios[0]!.click();
    await el.updateComplete;
    expect(el.hasAttribute('time-zone')).to.equal(false);
    expect(when(el, 'hearing-pm')).to.equal('3:00 – 6:00 PM');
    // The attribute moves the control.
    el.setAttribute('time-zone', 'local');
    await el.updateComplete;
    expect(radios.map((r) => r.checked)).to.deep.equal([false, true]);
  });

  it('offers a third choice for another zone given by the attribute', async () => {
    const el = await render(html`<imrf-schedule time-zone="Europe/Paris"></imrf-schedule>`);
    const labels = $$(el, 'fieldset label');
    expect(labels.map(text)).to.deep.equal([
      'New York time (EDT)',
      'Your time: Tokyo time (GMT+9)',
      'Paris time (GMT+2)',
    ]);
    expect(labels.map((l) => l.querySelector('input')!.checked)).to.deep.equal([
      false,
      false,
      true,
    ]);
  });

  it('says the zone and the times in French', async () => {
    const el = await render(html`<div lang="fr"><imrf-schedule></imrf-schedule></div>`);
    expect(text($(el, '[part=zone]'))).to.equal('Les horaires sont à l’heure de New York (UTC−4).');
    expect(text(session(el, 'rt3').querySelector('time'))).to.equal('10:00 – 13:00');
  });

  it('does not report a zone change as a filter change', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    let fired = false;
    el.addEventListener('imrf-filter-change', () => (fired = true));
    $$<HTMLInputElement>(el, 'fieldset input')[1]!.click();
    await el.updateComplete;
    expect(fired).to.equal(false);
  });
});

describe('time helpers', () => {
  const start = Date.parse('2022-05-16T15:00:00-04:00');
  const end = Date.parse('2022-05-16T18:00:00-04:00');

  it('gives the date of an instant in a zone', () => {
    expect(dayIn(start, 'America/New_York')).to.equal('2022-05-16');
    expect(dayIn(start, 'Asia/Tokyo')).to.equal('2022-05-17');
    expect(dayIn(Date.parse('2022-05-16T23:59:59-04:00'), 'America/New_York')).to.equal(
      '2022-05-16',
    );
    expect(dayIn(Date.parse('2022-05-17T00:00:00-04:00'), 'America/New_York')).to.equal(
      '2022-05-17',
    );
    // Quarter-hour offsets (Nepal, +05:45) keep their date changes.
    expect(dayIn(Date.parse('2022-05-16T18:14:00Z'), 'Asia/Kathmandu')).to.equal('2022-05-16');
    expect(dayIn(Date.parse('2022-05-16T18:15:00Z'), 'Asia/Kathmandu')).to.equal('2022-05-17');
  });

  it('formats times with the date only when they leave the forum’s day', () => {
    expect(formatWhen(start, end, '2022-05-16', 'en', 'America/New_York')).to.match(
      /^3:00\s–\s6:00\sPM$/,
    );
    expect(formatWhen(start, end, '2022-05-16', 'en', 'Asia/Tokyo')).to.match(
      /^Tue, May 17, 4:00\s–\s7:00\sAM$/,
    );
    // An end at midnight is not a shift to the next day (Intl still dates the range).
    const late = Date.parse('2022-05-16T22:00:00-04:00');
    const midnight = Date.parse('2022-05-17T00:00:00-04:00');
    const text = formatWhen(late, midnight, '2022-05-16', 'en-GB', 'America/New_York');
    expect(text).to.contain('22:00').and.contain('00:00').and.not.contain('Tue');
    // British hours are 4:00 in Chromium's and WebKit's ICU data, 04:00 in Firefox's;
    // WebKit's also puts a comma after the weekday.
    expect(withoutWeekdayComma(formatStart(start, '2022-05-16', 'en-GB', 'Asia/Tokyo'))).to.match(
      /^Tue 17 May, 0?4:00$/,
    );
  });

  it('caches session times per language and zone', () => {
    const times = new SessionTimes('en-GB', 'America/New_York');
    const s = { startMs: start, endMs: end };
    expect(times.get(s, '2022-05-16')).to.match(/^15:00\s*–\s*18:00$/);
    expect(times.get(s, 'ignored once cached')).to.equal(times.get(s, '2022-05-16'));
  });

  it('resolves the zone to show', () => {
    expect(resolveZone(null, 'America/New_York')).to.equal('America/New_York');
    expect(resolveZone('', 'America/New_York')).to.equal('America/New_York');
    expect(resolveZone('local', 'America/New_York')).to.equal('Asia/Tokyo');
    expect(resolveZone('Europe/Paris', 'America/New_York')).to.equal('Europe/Paris');
    expect(resolveZone('Nowhere/Else', 'America/New_York')).to.equal('America/New_York');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2022-05-10', '2022-05-16')).to.equal(6);
    expect(daysBetween('2022-02-28', '2022-03-01')).to.equal(1);
    expect(daysBetween('2022-05-16', '2022-05-16')).to.equal(0);
  });
});
