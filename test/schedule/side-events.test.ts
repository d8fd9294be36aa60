// Side events, online sessions and speakers in the schedule: the
// kind, organizers, "Online" places, Join and Watch links at fixed clocks, the
// objective filter, calendar links, speakers and the compact cell's disclosure.
import type { SessionKind } from '../../src/data/types.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sample from '../../data/samples/side-events.json';
import { validateForum } from '../../src/data/validate.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { plural } from '../../src/i18n/plural.js';
import { someSpeakers } from '../../src/i18n/session-text.js';
import ar from '../../src/i18n/catalogs/ar.js';
import en from '../../src/i18n/catalogs/en.js';
import ru from '../../src/i18n/catalogs/ru.js';
import { sessionsCalendar } from '../../src/schedule/export.js';
import { canEmulateMedia, SPACE } from '../helpers/engine.js';
import { $, $$, choose, labelledName, render, session, shownIds, text } from './helpers.js';

const BEFORE = '2030-05-14T07:00:00-04:00';
const SOON = '2030-05-14T08:05:00-04:00'; // 10 minutes before the online side event
const DURING = '2030-05-14T09:00:00-04:00';
const AFTER = '2030-05-14T20:00:00-04:00';

const schedule = (
  attrs: { now?: string; lang?: string; kind?: SessionKind; objective?: number } = {},
) =>
  render(
    html`<div lang=${attrs.lang ?? 'en'} style="inline-size: 1100px">
      <imrf-schedule
        .data=${sample}
        now=${attrs.now ?? BEFORE}
        kind=${ifDefined(attrs.kind)}
        objective=${ifDefined(attrs.objective)}
      ></imrf-schedule>
    </div>`,
  );

const links = (el: HTMLElement, id: string) =>
  session(el as never, id).querySelector<HTMLElement>('.links')!;

describe('schedule: side events and online sessions', () => {
  it('reads the sample forum without a warning', () => {
    expect(validateForum(sample).warnings).to.deep.equal([]);
  });

  it('shows side events as a kind: in the legend, on the session and in the kind filter', async () => {
    const el = await schedule();
    expect($$(el, '[part=legend] li').map(text)).to.include('Side event');
    expect(text(session(el, 'se-online').querySelector('.kind'))).to.equal('Side event');
    expect(session(el, 'se-online').querySelector('.kind svg path')).to.exist;
    const kinds = $$<HTMLOptionElement>(el, 'option').map((o) => o.value);
    expect(kinds).to.include('side-event');
    choose(el, 'Kind', 'side-event');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal([
      'se-online',
      'se-hybrid',
      'se-parallel-online',
      'se-in-person',
    ]);
  });

  it('shows organizers with the title, with their countries’ names', async () => {
    const el = await schedule();
    expect(text(session(el, 'se-online').querySelector('.organizers'))).to.equal(
      'Organized by Sample Network of Cities (Portugal) and Sample Research Institute',
    );
    const fr = await schedule({ lang: 'fr' });
    expect(text(session(fr, 'se-online').querySelector('.organizers'))).to.equal(
      'Organisé par Sample Network of Cities (Portugal) et Institut de recherche exemple',
    );
  });

  it('says "Online" or "Online and in <room>" where the room would be, in the accessible name too', async () => {
    const el = await schedule();
    const place = (id: string) => text(session(el, id).querySelector('.place'));
    expect(place('se-online')).to.equal('Online');
    expect(place('se-hybrid')).to.equal('Online and in Sample Room A');
    expect(place('se-in-person')).to.equal('Sample Room A');
    const title = session(el, 'se-online').querySelector('[part=session-title]')!;
    expect(labelledName(title)).to.match(
      /^Sample side event: better data on migration .* Online Next$/,
    );
  });

  it('gives online-only sessions an "Online" column, never an empty "Room not given" one', async () => {
    const el = await schedule();
    const headers = $$(el, 'thead th').map(text);
    expect(headers).to.include('Online');
    expect(headers).not.to.include('Room not given');
    const online = session(el, 'se-parallel-online').closest('td')!;
    const column = [...online.parentElement!.children].indexOf(online);
    const header = online.closest('table')!.querySelectorAll('thead th')[column]!;
    expect(text(header)).to.equal('Online');
  });

  it('makes Join and Watch prominent from 15 minutes before the start to the end, by `now`', async () => {
    const el = await schedule({ now: BEFORE });
    const join = () => links(el, 'se-online').querySelector<HTMLAnchorElement>('a.join')!;
    expect(join().href).to.equal('https://meet.example.org/se-online');
    expect(text(join())).to.equal('Join online: Sample side event: better data on migration');
    expect(links(el, 'se-online').classList.contains('open'), 'before').to.equal(false);
    const quiet = join().getBoundingClientRect().height;

    for (const [now, open] of [
      [SOON, true],
      [DURING, true],
      ['2030-05-14T09:45:00-04:00', false],
      [AFTER, false],
    ] as const) {
      el.now = now;
      await el.updateComplete;
      expect(links(el, 'se-online').classList.contains('open'), now).to.equal(open);
    }
    el.now = DURING;
    await el.updateComplete;
    const prominent = getComputedStyle(join());
    expect(prominent.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(join().getBoundingClientRect().height).to.be.above(quiet);
    expect(join().getBoundingClientRect().height).to.be.at.least(24);
    // Watch alone (a plenary with a webcast) is prominent during the session too.
    el.now = '2030-05-14T11:00:00-04:00';
    await el.updateComplete;
    expect(links(el, 'plenary-am').classList.contains('open')).to.equal(true);
    expect(text(links(el, 'plenary-am'))).to.equal('Watch: Sample plenary meeting');
  });

  it('finds side events by their objectives with the objective filter', async () => {
    const el = await schedule({ objective: 3 });
    expect(shownIds(el)).to.deep.equal(['se-online']);
    const options = $$<HTMLOptionElement>(el, 'option').map((o) => o.value);
    for (const n of ['1', '3', '15', '16', '18', '20', '2', '5']) expect(options).to.include(n);
    const byTable = await schedule({ objective: 5 });
    expect(shownIds(byTable)).to.deep.equal(['rt-sample']);
  });

  it('finds sessions by their speakers, organizers and track with the search', async () => {
    const el = await render(
      html`<imrf-schedule .data=${sample} search="placeholder"></imrf-schedule>`,
    );
    expect(shownIds(el)).to.deep.equal(['se-online', 'rt-sample']);
    el.search = 'Mayors';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['se-hybrid']);
  });

  it('never makes a link of a join or webcast address that is not http(s)', async () => {
    const hostile = structuredClone(sample) as typeof sample;
    Object.assign(hostile.sessions[0]!, {
      joinUrl: 'javascript:alert(1)',
      webcastUrl: 'data:text/html,<script>alert(1)</script>',
    });
    const el = await render(html`<imrf-schedule .data=${hostile} now=${DURING}></imrf-schedule>`);
    expect(session(el, 'se-online').querySelector('.links')).to.equal(null);
    expect($$(el, 'a[href]').map((a) => a.getAttribute('href'))).to.satisfy((hrefs: string[]) =>
      hrefs.every((h) => /^https?:/.test(h)),
    );
  });

  it('puts the join link in the calendar file: URL and description', () => {
    const { forum } = validateForum(sample);
    const online = forum.sessions.find((s) => s.id === 'se-online')!;
    const ics = sessionsCalendar(forum, [online], 'en', en, 0).replace(/\r\n /g, '');
    expect(ics).to.contain('URL:https://meet.example.org/se-online\r\n');
    expect(ics).to.contain('Join online: https://meet.example.org/se-online');
    expect(ics).to.contain('Watch: https://webcast.example.org/se-online');
    expect(ics).to.contain('LOCATION:Online\r\n');
    expect(ics).to.contain('CATEGORIES:Side event\r\n');
    expect(ics).to.contain('Organized by: Sample Network of Cities (Portugal) and');
    expect(ics).to.contain('Ana Example (Moderator)\\, Sample Network of Cities');
    const plenary = forum.sessions.find((s) => s.id === 'plenary-am')!;
    const watch = sessionsCalendar(forum, [plenary], 'en', en, 0).replace(/\r\n /g, '');
    expect(watch).to.contain('URL:https://webcast.example.org/plenary-am\r\n');
    expect(watch).to.contain('LOCATION:Online and in Sample Hall\\, Sample venue');
  });
});

describe('schedule: speakers and the compact cell', () => {
  it('names a few speakers under the title, then "and N more"; all of them in the details', async () => {
    const el = await schedule();
    const cell = session(el, 'se-online');
    expect(text(cell.querySelector('.speakers'))).to.equal(
      'Speakers: Ana Example (Moderator), Ben Sample (Panellist), Chen Placeholder (Panellist) and 3 more',
    );
    const all = [...cell.querySelectorAll('details .speaker-list li')].map(text);
    expect(all).to.have.length(6);
    expect(all[0]).to.equal('Ana Example (Moderator), Sample Network of Cities');
    expect(all[5]).to.equal('Fatima Example (Closing remarks)');
  });

  it('says "and N more" with the plural rules of the language', async () => {
    const russian = await schedule({ lang: 'ru' });
    expect(text(session(russian, 'se-online').querySelector('.more-speakers'))).to.equal(
      plural(ru.schedule.moreSpeakers, 3, 'ru'),
    );
    expect(plural(ru.schedule.moreSpeakers, 3, 'ru')).to.equal('и ещё 3');
    const arabic = await schedule({ lang: 'ar' });
    expect(text(session(arabic, 'se-online').querySelector('.more-speakers'))).to.equal(
      plural(ar.schedule.moreSpeakers, 3, 'ar'),
    );
    // "and 1 more" would hide no more than a name: four speakers are all named.
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `P${i}` }));
    expect(someSpeakers(four, 3, 'en', en.schedule.moreSpeakers)).to.deep.equal({
      shown: four,
      more: '',
    });
    expect(someSpeakers([...four, ...four], 3, 'en', en.schedule.moreSpeakers).more).to.equal(
      'and 5 more',
    );
  });

  it('keeps the description and segments behind a closed disclosure named for the session', async () => {
    const el = await schedule();
    const details = session(el, 'plenary-am').querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('.description')!.checkVisibility()).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Details: Sample plenary meeting');
    expect(session(el, 'plenary-am').id).to.equal('plenary-am');
    // Sessions with nothing more to say have no disclosure.
    expect(session(el, 'se-parallel-online').querySelector('details')).to.equal(null);
  });

  it('opens and closes the disclosure from the keyboard', async () => {
    const el = await schedule();
    const details = session(el, 'plenary-am').querySelector('details')!;
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open);
    expect(details.querySelector('.description')!.checkVisibility()).to.equal(true);
    await sendKeys({ press: SPACE });
    await waitUntil(() => !details.open);
  });

  it('opens the disclosure of the session a link points to, and of the only session shown', async () => {
    history.replaceState(null, '', '#rt-sample');
    try {
      const el = await schedule();
      await waitUntil(() => session(el, 'rt-sample').classList.contains('target'));
      expect(session(el, 'rt-sample').querySelector('details')!.open).to.equal(true);
      expect(session(el, 'plenary-am').querySelector('details')!.open).to.equal(false);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
    const one = await schedule({ objective: 3 });
    expect(session(one, 'se-online').querySelector('details')!.open).to.equal(true);
  });

  it('prints everything expanded, without the disclosure buttons', async function () {
    if (!canEmulateMedia) this.skip();
    const el = await schedule();
    const details = session(el, 'plenary-am').querySelector('details')!;
    expect(details.querySelector('.description')!.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(details.open).to.equal(false);
      expect(details.querySelector('.description')!.checkVisibility()).to.equal(true);
      expect(details.querySelector('.segments')!.checkVisibility()).to.equal(true);
      expect(details.querySelector('summary')!.checkVisibility()).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('opens closed disclosures for printing and closes them after, in any engine', async () => {
    const el = await schedule();
    const plenary = session(el, 'plenary-am').querySelector('details')!;
    const target = session(el, 'rt-sample').querySelector('details')!;
    target.open = true;
    dispatchEvent(new Event('beforeprint'));
    expect([plenary.open, target.open]).to.deep.equal([true, true]);
    dispatchEvent(new Event('afterprint'));
    expect([plenary.open, target.open], 'the one opened by the visitor stays open').to.deep.equal([
      false,
      true,
    ]);
  });

  for (const lang of LANGUAGES) {
    it(`is accessible in ${lang}, during a side event, with a disclosure open`, async () => {
      const el = await schedule({ lang, now: SOON });
      session(el, 'se-online').querySelector('details')!.open = true;
      expect($(el, '.links.open')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  for (const now of [SOON, AFTER]) {
    it(`is accessible in the dark theme at ${now}`, async () => {
      const el = await render(
        html`<imrf-schedule .data=${sample} theme="dark" now=${now}></imrf-schedule>`,
      );
      await expect(el).to.be.accessible();
    });
  }
});
