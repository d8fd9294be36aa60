import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { ForumLoadDetail } from '../../src/data/forum-controller.js';
import { defaultForum } from '../helpers/default-forum.js';
import '../../src/forum/define.js';
import '../../src/roundtable/define.js';
import type { ImrfRoundtable } from '../../src/roundtable/roundtable.js';
import sideEvents from '../../data/samples/side-events.json';
import { pickText } from '../../src/i18n/text.js';
import { captureDownload, text, withoutWeekdayComma } from '../helpers/dom.js';

const REGIONAL = '/api/fixtures/regional-review.json';
const { forum: imrf } = defaultForum();

const all = (el: ImrfRoundtable, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const one = (el: ImrfRoundtable, selector: string) => el.shadowRoot!.querySelector(selector);
/** The value shown for a term ("Date", "Room", "Co-chairs"…) of the first card. */
const detail = (el: ImrfRoundtable, term: string) =>
  withoutWeekdayComma(text(all(el, 'dt').find((dt) => text(dt) === term)?.nextElementSibling));
const numbers = (el: ImrfRoundtable) =>
  all(el, '[part~=objective-number]').map((n) => Number(text(n)));

describe('<imrf-roundtable>', () => {
  it('formats each slot once per page: a second element on the same data makes no Intl call', async () => {
    const first = await fixture<ImrfRoundtable>(html`<imrf-roundtable></imrf-roundtable>`);
    const calls: string[] = [];
    const proto = Intl.DateTimeFormat.prototype;
    const originals = { formatRange: proto.formatRange, formatToParts: proto.formatToParts };
    for (const name of ['formatRange', 'formatToParts'] as const)
      (proto as unknown as Record<string, unknown>)[name] = function (
        this: Intl.DateTimeFormat,
        ...args: unknown[]
      ) {
        calls.push(name);
        return (originals[name] as (...a: unknown[]) => unknown).apply(this, args);
      };
    try {
      const second = await fixture<ImrfRoundtable>(html`<imrf-roundtable></imrf-roundtable>`);
      expect(all(second, 'article').length).to.equal(all(first, 'article').length);
      expect(detail(second, 'Time')).to.equal(detail(first, 'Time'));
    } finally {
      Object.assign(proto, originals);
    }
    expect(calls).to.deep.equal([]);
  });

  it('shows round table 1: Egypt and Germany, objectives 2, 5, 6, 12 and 18 with their titles', async () => {
    const el = await fixture<ImrfRoundtable>(html`<imrf-roundtable number="1"></imrf-roundtable>`);
    expect(text(one(el, 'h2'))).to.equal('Round table 1');
    expect(detail(el, 'Co-chairs')).to.equal('Egypt and Germany');
    expect(numbers(el)).to.deep.equal([2, 5, 6, 12, 18]);
    const items = all(el, '[part~=objective]');
    for (const [i, n] of [2, 5, 6, 12, 18].entries()) {
      const data = imrf.objectives.find((o) => o.number === n)!;
      expect(text(items[i])).to.equal(
        `${n} ${pickText(data.short, 'en')} ${pickText(data.title, 'en')}`,
      );
    }
    expect(text(items[0])).to.contain('Minimize the adverse drivers and structural factors');
    expect(text(one(el, '[part=description]'))).to.contain('objectives 2, 5, 6, 12 and 18');
  });

  it('shows round table 3 on 18 May, 10:00–13:00 New York time, in Conference Room 4', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable number="3" lang="en-GB"></imrf-roundtable>`,
    );
    expect(detail(el, 'Co-chairs')).to.equal('Portugal and Thailand');
    expect(detail(el, 'Date')).to.equal('Wednesday 18 May');
    expect(detail(el, 'Time')).to.equal('10:00–13:00, New York time (GMT-4)');
    expect(detail(el, 'Room')).to.equal('Conference Room 4');
    expect(numbers(el)).to.deep.equal([14, 15, 16, 19, 20, 22]);
  });

  it('leads from objective 7 to round table 4, with objective 7 highlighted', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable objective="7"></imrf-roundtable>`,
    );
    expect(all(el, '[part=card]')).to.have.length(1);
    expect(text(one(el, 'h2'))).to.equal('Round table 4');
    expect(detail(el, 'Co-chairs')).to.equal('Azerbaijan and Morocco');
    const marked = all(el, '[aria-current=true]');
    expect(marked).to.have.length(1);
    expect(marked[0]!.getAttribute('part')).to.equal('objective highlighted');
    expect(text(marked[0]!.querySelector('.number'))).to.equal('7');
    expect(text(marked[0])).to.contain('Address and reduce vulnerabilities in migration');
  });

  it('names the co-chairs in French: « Égypte » and « Allemagne »', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable number="1" lang="fr"></imrf-roundtable>`,
    );
    expect(text(one(el, 'h2'))).to.equal('Table ronde 1');
    expect(detail(el, 'Coprésidence')).to.equal('Égypte et Allemagne');
    expect(text(one(el, '[part=calendar-button]'))).to.equal('Ajouter à l’agenda');
  });

  it('says so when a round table or an objective does not exist', async () => {
    const el = await fixture<ImrfRoundtable>(html`<imrf-roundtable number="9"></imrf-roundtable>`);
    const status = one(el, '[role=status]');
    expect(text(status)).to.equal('This forum has no round table 9.');
    expect(all(el, '[part=card]')).to.have.length(0);
    await expect(el).to.be.accessible();

    el.removeAttribute('number');
    el.setAttribute('objective', '24');
    await el.updateComplete;
    expect(text(one(el, '[role=status]'))).to.equal(
      'No round table of this forum reviews objective 24.',
    );

    el.lang = 'ar';
    el.removeAttribute('objective');
    el.setAttribute('number', 'nine');
    await el.updateComplete;
    expect(text(one(el, '[role=status]'))).to.equal(
      'لا توجد في هذا المنتدى مائدة مستديرة رقم nine.',
    );
  });

  it('shows every round table as cards without number or objective', async () => {
    const el = await fixture<ImrfRoundtable>(html`<imrf-roundtable></imrf-roundtable>`);
    expect(all(el, '[part=card]').map((c) => text(c.querySelector('h2')))).to.deep.equal([
      'Round table 1',
      'Round table 2',
      'Round table 3',
      'Round table 4',
    ]);
    expect(all(el, '[part=co-chairs]').map(text)).to.deep.equal([
      'Egypt and Germany',
      'Ecuador and Tajikistan',
      'Portugal and Thailand',
      'Azerbaijan and Morocco',
    ]);
    // Together the four review each of the 23 objectives exactly once.
    expect(numbers(el).sort((a, b) => a - b)).to.deep.equal(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
    await expect(el).to.be.accessible();
  });

  it('gives a one-line summary with compact, marking the objective asked for', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable objective="7" compact lang="en-GB"></imrf-roundtable>`,
    );
    const line = one(el, '[part=summary]');
    expect(withoutWeekdayComma(text(line))).to.equal(
      'Round table 4 Wednesday 18 May, 10:00–13:00, New York time (GMT-4) Azerbaijan and Morocco Objectives 1, 3, 7, 17 and 23',
    );
    expect(text(one(el, 'mark'))).to.equal('7');
    expect(all(el, 'button')).to.have.length(0);
    await expect(el).to.be.accessible();

    el.removeAttribute('objective');
    await el.updateComplete;
    expect(all(el, 'li[part=summary]')).to.have.length(4);
  });

  it('shows times in another zone, with the dates when the day changes', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable number="3" lang="en-GB" time-zone="Asia/Tokyo"></imrf-roundtable>`,
    );
    // 10:00–13:00 in New York is 23:00 to 02:00 the next day in Tokyo.
    expect(detail(el, 'Time')).to.equal(
      'Wed 18 May, 23:00 – Thu 19 May, 02:00, Tokyo time (GMT+9)',
    );
    // The date stays the forum's day.
    expect(detail(el, 'Date')).to.equal('Wednesday 18 May');

    el.timeZone = 'Europe/Lisbon';
    await el.updateComplete;
    expect(detail(el, 'Time')).to.equal('15:00–18:00, Lisbon time (WEST)');

    el.timeZone = 'Not/AZone';
    await el.updateComplete;
    expect(detail(el, 'Time')).to.equal('10:00–13:00, New York time (GMT-4)');

    // In American English, with the zone's abbreviation.
    el.lang = 'en-US';
    el.removeAttribute('time-zone');
    await el.updateComplete;
    expect(detail(el, 'Time')).to.equal('10:00 AM – 1:00 PM, New York time (EDT)');
  });

  it('shows the visitor’s own time with time-zone="local" (this browser is in Tokyo)', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable number="1" lang="en-GB" time-zone="local"></imrf-roundtable>`,
    );
    expect(detail(el, 'Time')).to.equal(
      'Tue 17 May, 23:00 – Wed 18 May, 02:00, Tokyo time (GMT+9)',
    );
  });

  it('renders the round tables of a forum from src, and announces the load', async () => {
    const loads: ForumLoadDetail[] = [];
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable
        src=${REGIONAL}
        lang="en-GB"
        @imrf-load=${(e: CustomEvent<ForumLoadDetail>) => loads.push(e.detail)}
      ></imrf-roundtable>`,
    );
    await waitUntil(() => loads.length > 0, 'no imrf-load');
    expect(loads[0]!.forum.id).to.equal('regional-review-2026');
    // The objective 24 in the file is left out, and said so.
    expect(loads[0]!.warnings.map((w) => w.path)).to.deep.equal(['roundtables[1].objectives[0]']);
    await el.updateComplete;
    const cards = all(el, '[part=card]');
    expect(cards.map((c) => text(c.querySelector('h2')))).to.deep.equal([
      'Panel A: labour mobility',
      'Panel B: drivers',
    ]);
    expect(detail(el, 'Co-chairs')).to.equal('Kenya and Mexico');
    expect(detail(el, 'Time')).to.equal('09:00–11:30, Nairobi time (GMT+3)');
    // An objective the data lists without a short label, and one it does not list at all.
    expect(text(cards[0]!.querySelector('ol'))).to.equal(
      '5 Pathways Regular pathways 6 Fair recruitment 18 Objective 18',
    );
    // A round table without a session has no slot and nothing to add to a calendar.
    expect(text(cards[1]!.querySelector('dd'))).to.equal('Date and time to be announced.');
    expect(cards[1]!.querySelector('button')).to.equal(null);
    expect(text(cards[1]!.querySelector('[part=co-chairs]'))).to.equal('Norway');
  });

  it('reads its forum from an enclosing <imrf-forum>, or from its own data', async () => {
    const wrapper = await fixture(
      html`<imrf-forum src=${REGIONAL}><imrf-roundtable number="5"></imrf-roundtable></imrf-forum>`,
    );
    const el = wrapper.querySelector('imrf-roundtable')!;
    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'no round table from the provider');
    expect(text(one(el, 'h2'))).to.equal('Panel A: labour mobility');

    el.data = JSON.stringify({
      version: 1,
      id: 'x',
      title: 'X',
      timeZone: 'UTC',
      sessions: [],
      roundtables: [{ number: 5, coChairs: ['FR'], objectives: [1] }],
    });
    await el.updateComplete;
    expect(text(one(el, 'h2'))).to.equal('Round table 5');
    expect(detail(el, 'Co-chairs')).to.equal('France');
  });

  it('shows the error state with a retry, in the element’s language', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable src="/api/status/503" lang="fr"></imrf-roundtable>`,
    );
    const { detail: error } = await oneEvent(el, 'imrf-error');
    expect(error.reason).to.equal('http');
    await el.updateComplete;
    expect(text(one(el, '[role=alert] p'))).to.contain('le serveur a répondu 503');
    expect(text(one(el, '[part=retry-button]'))).to.equal('Réessayer');
    await expect(el).to.be.accessible();
  });

  it('shows the loading state while the data is on its way', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable src="/api/never"></imrf-roundtable>`,
    );
    await aTimeout(50);
    expect(one(el, '[role=status]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    el.src = null;
  });

  it('renders Arabic right to left, with Arabic country names', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable number="1" lang="ar" theme="dark"></imrf-roundtable>`,
    );
    expect(one(el, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    // No Arabic source names the round table: its English title, marked as English.
    expect(text(one(el, 'h2'))).to.equal('Round table 1');
    expect(one(el, 'h2')!.getAttribute('lang')).to.equal('en');
    expect(detail(el, 'الرئيسان المشاركان')).to.equal('مصر وألمانيا');
    expect(getComputedStyle(one(el, 'article')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('adds its slot to a calendar from the keyboard', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable number="3" lang="fr"></imrf-roundtable>`,
    );
    const file = await captureDownload(async () => {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('calendar-button');
      await sendKeys({ press: 'Enter' });
    });
    expect(file).to.not.equal(undefined);
    expect(file!.filename).to.equal('imrf-2022-rt3.ics');
    expect(file!.type).to.contain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(file!.text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).to.have.length(1);
    const event = events[0]!;
    expect(event.uid).to.equal('rt3@imrf-2022.imrf-widgets');
    expect(event.summary).to.equal('Table ronde 3 · IMRF 2022');
    expect(event.startDate.toJSDate().toISOString()).to.equal('2022-05-18T14:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).to.equal('2022-05-18T17:00:00.000Z');
    expect(event.location).to.contain('Conference Room 4');
    expect(event.description).to.contain('Coprésidence: Portugal et Thaïlande');
    expect(event.description).to.contain('14. Renforcer la protection, l’assistance');
  });

  it('follows attribute changes: number, then objective, then neither', async () => {
    const el = await fixture<ImrfRoundtable>(html`<imrf-roundtable number="2"></imrf-roundtable>`);
    expect(text(one(el, 'h2'))).to.equal('Round table 2');
    el.number = null;
    el.removeAttribute('number');
    el.objective = 20;
    await el.updateComplete;
    expect(text(one(el, 'h2'))).to.equal('Round table 3');
    expect(el.getAttribute('objective')).to.equal('20');
    el.removeAttribute('objective');
    await el.updateComplete;
    expect(all(el, '[part=card]')).to.have.length(4);
    expect(all(el, '[aria-current]')).to.have.length(0);
  });

  it('lists the speakers of its session (lead discussants, panellists) when the data has them', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable number="1" .data=${sideEvents}></imrf-roundtable>`,
    );
    await waitUntil(() => all(el, '[part~=speakers] li').length > 0);
    const list = one(el, '[part~=speakers]')!;
    expect(text(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!))).to.equal(
      'Speakers',
    );
    expect(all(el, '[part~=speakers] li').map(text)).to.deep.equal([
      'Ines Example (Lead discussant), Sample Ministry',
      'Jon Sample (Lead discussant)',
      'Kim Placeholder (Panellist), Sample Civil Society Network',
      'Lea Demo (Panellist)',
    ]);
    await expect(el).to.be.accessible();
    const fr = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable lang="fr" number="1" .data=${sideEvents}></imrf-roundtable>`,
    );
    await waitUntil(() => all(fr, '[part~=speakers] li').length > 0);
    expect(text(all(fr, '[part~=speakers] li')[0])).to.equal(
      'Ines Example (Intervenante principale), Sample Ministry',
    );
    // The default data names no speakers: no empty list.
    const plain = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable number="1"></imrf-roundtable>`,
    );
    expect(one(plain, '[part~=speakers]')).to.equal(null);
  });

  it('puts the webcast link of its session in the calendar file', async () => {
    const el = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable number="1" .data=${sideEvents}></imrf-roundtable>`,
    );
    await waitUntil(() => one(el, '[part=calendar-button]'));
    const file = await captureDownload(() =>
      (one(el, '[part=calendar-button]') as HTMLElement).click(),
    );
    const ics = file!.text.replace(/\r\n /g, '');
    expect(ics).to.contain('URL:https://webcast.example.org/rt-sample\r\n');
    expect(ics).to.contain('Watch: https://webcast.example.org/rt-sample');
    expect(ics).to.contain('Ines Example (Lead discussant)\\, Sample Ministry');
  });
});
