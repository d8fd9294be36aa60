import { expect } from '@open-wc/testing';
import {
  MAX_EVENT_MS,
  fromScheduleJson,
  isScheduleJson,
  parseDuration,
  plainText,
  type ScheduleSessionInput,
} from '../../src/data/formats/schedule-json.js';
import { ForumDataError } from '../../src/data/errors.js';
import { loadLocal, mergeWarnings, readForum } from '../../src/data/load.js';
import { MAX_WARNINGS, validateForum } from '../../src/data/validate.js';
import { modelProblems } from '../helpers/model-invariants.js';

const FIXTURES = '/test/fixtures/schedule-json/';
const fixture = async (name: string) => (await fetch(FIXTURES + name)).json() as Promise<unknown>;

type Event = Record<string, unknown>;

/** A schedule.json document with one day and these events in one room. */
function doc(
  events: unknown[],
  { zone = 'Europe/Berlin' as string | null, date = '2023-03-26', day = {}, conf = {} } = {},
) {
  return {
    schedule: {
      version: '1',
      conference: {
        acronym: 'test',
        title: 'Test conference',
        ...(zone !== null && { time_zone_name: zone }),
        days: [{ index: 1, date, rooms: { 'Hall A': events }, ...day }],
        ...conf,
      },
    },
  };
}

const event = (extra: Event = {}): Event => ({
  guid: `g-${JSON.stringify(extra).length}-${Math.random()}`,
  title: 'A talk',
  start: '10:00',
  duration: '00:30',
  ...extra,
});

/** The sessions and warnings of a document with these events. */
function convert(events: unknown[], options?: Parameters<typeof doc>[1]) {
  const { forum, warnings } = fromScheduleJson(doc(events, options));
  return { sessions: forum.sessions, warnings, forum };
}

const times = (s: ScheduleSessionInput | undefined) => s && [s.start, s.end];

describe('schedule.json: detection', () => {
  it('knows a schedule.json document by its shape', async () => {
    for (const name of ['camp2019-frab.json', 'rc3-channels-pretalx.json', 'jev22-channels.json'])
      expect(isScheduleJson(await fixture(name)), name).to.be.true;
    expect(isScheduleJson(doc([]))).to.be.true;
  });

  it('never takes a forum document, or anything else, for one', async () => {
    const forum = await (await fetch('/api/forum.json')).json();
    expect(isScheduleJson(forum)).to.be.false;
    // A forum that also carries a schedule is still a forum: it has sessions.
    expect(isScheduleJson({ ...doc([]), sessions: [] })).to.be.false;
    for (const value of [
      null,
      [],
      'schedule',
      42,
      {},
      { schedule: null },
      { schedule: [] },
      { schedule: { conference: [] } },
      { schedule: { conference: 'x' } },
      [doc([])],
    ])
      expect(isScheduleJson(value), JSON.stringify(value)).to.be.false;
  });
});

describe('schedule.json: the real exports', () => {
  it('converts a frab export (Camp 2019): rooms, times with the summer offset, speakers, tracks', async () => {
    const { forum, warnings } = fromScheduleJson(await fixture('camp2019-frab.json'));
    expect(forum.title).to.equal('Chaos Communication Camp 2019');
    expect(forum.id).to.equal('Camp2019');
    expect(forum.timeZone).to.equal('Europe/Berlin');
    expect(forum.rooms).to.deep.equal([
      { id: 'curie', name: 'Curie' },
      { id: 'meitner', name: 'Meitner' },
    ]);
    expect(forum.sessions).to.have.length(17);
    const opening = forum.sessions.find((s) => s.title === 'Opening Ceremony')!;
    expect(opening).to.deep.include({
      id: 'a0a0fcfe-b7fb-46e3-84b6-97a5406016b4',
      kind: 'other',
      start: '2019-08-21T11:00:00+02:00',
      end: '2019-08-21T11:30:00+02:00',
      room: 'curie',
      track: 'CCC',
      description: 'A hearty welcome me lasses and lads!',
      url: 'https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10386.html',
    });
    expect(opening.speakers).to.deep.equal([{ name: 'jinxx' }, { name: 'smtw' }]);
    // frab's "lecture" is no kind of the forum: said once, not once per event.
    expect(warnings).to.deep.equal([
      {
        path: 'schedule.conference.days[0].rooms["Curie"][0].type',
        message: '"lecture" is not a session kind; such events are shown as "other"',
      },
    ]);
  });

  it('converts a pretalx export without a time zone name at the offset its times carry', async () => {
    const { forum, warnings } = fromScheduleJson(await fixture('rc3-channels-pretalx.json'));
    expect(forum.timeZone).to.equal('Etc/GMT-1');
    expect(warnings[0]).to.deep.equal({
      path: 'schedule.conference.time_zone_name',
      message: 'missing; times are shown at the offset of the first event (Etc/GMT-1)',
    });
    expect(forum.rooms.map((r) => r.name)).to.deep.equal([
      'r3s - Monheim/Rhein',
      'backspace / franconian.net - Bamberg',
      'Chaos-West TV - Ennepetal',
    ]);
    const gluon = forum.sessions.find((s) => s.id === 'c3642671-4c1f-5109-81ba-0535c1cc8428')!;
    expect(times(gluon)).to.deep.equal(['2020-12-27T11:30:00+01:00', '2020-12-27T12:10:00+01:00']);
    // Abstract, then description, as plain text (CR LF made LF).
    expect(gluon.description).to.match(/^Eine wichtige Komponente von Freifunk/);
    expect(gluon.description).to.contain('\n\nUm Gluon in der eigenen Freifunk-Community');
    expect(gluon.description).not.to.contain('\r');
  });

  it('converts a merged programme of 12 parallel rooms, durations written 1:00 too', async () => {
    const { forum } = fromScheduleJson(await fixture('jev22-channels.json'));
    expect(forum.timeZone).to.equal('Europe/Amsterdam');
    expect(forum.rooms).to.have.length(12);
    expect(forum.sessions).to.have.length(62);
    // Written "1:00" by one source.
    const synth = forum.sessions.find((s) => s.title === 'Unser Weg zum portablen DNA-Synthesizer');
    expect(times(synth)).to.deep.equal(['2022-12-28T19:00:00+01:00', '2022-12-28T20:00:00+01:00']);
    expect(synth?.room).to.equal('ccl');
    // From a wiki: no url.
    const nix = forum.sessions.find((s) => s.title === 'Einfuehrung in NixOS');
    expect(nix).not.to.have.property('url');
    expect(nix?.speakers).to.deep.equal([{ name: 'Felix Ulonska (Jabbi' }]);
  });

  it('gives forums the validator keeps whole, with the model guarantees', async () => {
    for (const name of ['camp2019-frab.json', 'rc3-channels-pretalx.json', 'jev22-channels.json']) {
      const converted = fromScheduleJson(await fixture(name));
      const { forum, warnings } = validateForum(converted.forum);
      expect(warnings, name).to.deep.equal([]);
      expect(forum.sessions.length, name).to.equal(converted.forum.sessions.length);
      expect(modelProblems(forum, warnings), name).to.deep.equal([]);
    }
  });
});

describe('schedule.json: times', () => {
  it('prefers the event’s own date-time and shows it on the conference’s clock', () => {
    const { sessions } = convert([event({ date: '2022-12-27T10:30:00-05:00', start: '10:30' })], {
      zone: 'Europe/Amsterdam',
      date: '2022-12-27',
    });
    expect(times(sessions[0])).to.deep.equal([
      '2022-12-27T16:30:00+01:00',
      '2022-12-27T17:00:00+01:00',
    ]);
  });

  it('reads the day and "start" in the conference’s zone when there is no date-time', () => {
    const at = (zone: string, date: string, start: string, duration = '01:00') =>
      times(convert([event({ start, duration })], { zone, date }).sessions[0]);
    expect(at('America/New_York', '2022-05-16', '10:00')).to.deep.equal([
      '2022-05-16T10:00:00-04:00',
      '2022-05-16T11:00:00-04:00',
    ]);
    expect(at('America/New_York', '2022-12-16', '10:00')).to.deep.equal([
      '2022-12-16T10:00:00-05:00',
      '2022-12-16T11:00:00-05:00',
    ]);
    expect(at('Asia/Kolkata', '2024-01-10', '09:15', '0:45')).to.deep.equal([
      '2024-01-10T09:15:00+05:30',
      '2024-01-10T10:00:00+05:30',
    ]);
    // The hour skipped by summer time moves forward; the doubled hour is the first one.
    expect(at('Europe/Berlin', '2023-03-26', '02:30')?.[0]).to.equal('2023-03-26T03:30:00+02:00');
    expect(at('Europe/Berlin', '2023-10-29', '02:30')?.[0]).to.equal('2023-10-29T02:30:00+02:00');
    // A duration is elapsed time, across the change back to winter time.
    expect(at('Europe/Berlin', '2023-10-29', '01:00', '03:00')).to.deep.equal([
      '2023-10-29T01:00:00+02:00',
      '2023-10-29T03:00:00+01:00',
    ]);
  });

  it('puts an event after midnight on the next date when the day starts later', () => {
    const { sessions } = convert([event({ start: '01:30' })], {
      zone: 'Europe/Amsterdam',
      date: '2022-12-28',
      day: { day_start: '2022-12-28T10:00:00+01:00', day_end: '2022-12-29T04:00:00+01:00' },
    });
    expect(sessions[0]?.start).to.equal('2022-12-29T01:30:00+01:00');
  });

  it('uses "end" when the export has it, before the duration', () => {
    const { sessions } = convert([
      event({
        date: '2023-03-26T10:00:00+02:00',
        end: '2023-03-26T12:15:00+02:00',
        duration: '00:05',
      }),
    ]);
    expect(sessions[0]?.end).to.equal('2023-03-26T12:15:00+02:00');
  });

  it('reads durations as hh:mm, h:mm and hh:mm:ss, and nothing else', () => {
    expect(parseDuration('00:30')).to.equal(30 * 60000);
    expect(parseDuration('1:30')).to.equal(90 * 60000);
    expect(parseDuration('01:30:00')).to.equal(90 * 60000);
    expect(parseDuration('13:20')).to.equal(800 * 60000);
    for (const bad of ['90', '1:75', '', ' : ', '-1:00', '01:30:99', '1h30', 90, null, {}, '1:3'])
      expect(parseDuration(bad), JSON.stringify(bad)).to.be.NaN;
  });

  it('leaves out, with a warning, events whose time cannot be read', () => {
    const { sessions, warnings } = convert([
      event({ title: 'bad duration', duration: '90 min' }),
      event({ title: 'no duration', duration: undefined }),
      event({ title: 'zero', duration: '00:00' }),
      event({ title: 'huge', duration: '9999:00' }),
      event({ title: 'no start', start: undefined }),
      event({ title: 'impossible date', date: '2023-02-30T10:00:00+01:00', start: undefined }),
      event({ title: 'odd offset', date: '2023-03-26T10:00:00+25:00', start: 'noon' }),
      event({ title: 'just right', duration: '744:00' }),
    ]);
    expect(sessions.map((s) => s.title)).to.deep.equal(['just right']);
    expect(Date.parse(sessions[0]!.end) - Date.parse(sessions[0]!.start)).to.equal(MAX_EVENT_MS);
    const at = (i: number, field: string) =>
      `schedule.conference.days[0].rooms["Hall A"][${i}].${field}`;
    expect(warnings).to.deep.include.members([
      { path: at(0, 'duration'), message: 'not a duration (hh:mm); event left out' },
      { path: at(1, 'duration'), message: 'not a duration (hh:mm); event left out' },
      { path: at(2, 'duration'), message: 'no time at all; event left out' },
      { path: at(3, 'duration'), message: 'longer than 31 days; event left out' },
      { path: at(5, 'date'), message: 'not a date-time; the day and "start" are used' },
    ]);
    for (const i of [4, 5, 6]) expect(warnings.map((w) => w.path)).to.include(at(i, 'start'));
    expect(warnings.map((w) => w.path)).to.include(at(6, 'date'));
  });

  it('falls back from a zone that does not exist to the offset of the times, then to UTC', () => {
    const mars = convert([event({ date: '2023-03-26T10:00:00+05:30' })], { zone: 'Mars/Olympus' });
    // +05:30 has no whole-hour Etc zone: UTC, with the times still right.
    expect(mars.forum.timeZone).to.equal('UTC');
    expect(mars.sessions[0]?.start).to.equal('2023-03-26T04:30:00+00:00');
    expect(mars.warnings.map((w) => w.message)).to.include.members([
      'not an IANA time zone',
      'missing; times are shown in UTC',
    ]);
    const none = convert([event({ date: '2023-03-26T10:00:00-03:00' })], { zone: null });
    expect(none.forum.timeZone).to.equal('Etc/GMT+3');
    expect(none.sessions[0]?.start).to.equal('2023-03-26T10:00:00-03:00');
  });
});

describe('schedule.json: events', () => {
  it('maps types and tracks to session kinds, and reports each unknown type once', () => {
    const { sessions, warnings } = convert([
      event({ type: 'Side event' }),
      event({ type: 'Round table' }),
      event({ type: 'Keynote' }),
      event({ type: 'Podium debate' }),
      event({ type: 'National consultation' }),
      event({ type: 'plenary' }),
      event({ type: 'Talk', track: 'Side events' }),
      event({ type: 'Talk' }),
      event({ type: 'Talk' }),
      event({ type: 'Other' }),
      event({ type: 42 }),
    ]);
    expect(sessions.map((s) => s.kind)).to.deep.equal([
      'side-event',
      'roundtable',
      'plenary',
      'policy-debate',
      'hearing',
      'plenary',
      'side-event',
      'other',
      'other',
      'other',
      'other',
    ]);
    expect(warnings).to.deep.equal([
      {
        path: 'schedule.conference.days[0].rooms["Hall A"][7].type',
        message: '"Talk" is not a session kind; such events are shown as "other"',
      },
    ]);
  });

  it('keeps the track as a visible label and the persons as speakers', () => {
    const { sessions, warnings } = convert([
      event({
        track: '  Migration & cities ',
        persons: [
          { id: 1, public_name: 'Amina' },
          { code: 'ABC', name: 'Jorge' },
          { id: 3 },
          'Kim',
          { public_name: '   ' },
        ],
      }),
      event({ persons: 'Amina', track: '' }),
    ]);
    expect(sessions[0]?.track).to.equal('Migration & cities');
    expect(sessions[0]?.speakers).to.deep.equal([{ name: 'Amina' }, { name: 'Jorge' }]);
    expect(sessions[1]).not.to.have.property('track');
    expect(sessions[1]).not.to.have.property('speakers');
    const persons = 'schedule.conference.days[0].rooms["Hall A"][0].persons';
    expect(warnings.map((w) => w.path)).to.deep.equal([
      `${persons}[2]`,
      `${persons}[3]`,
      `${persons}[4]`,
      'schedule.conference.days[0].rooms["Hall A"][1].persons',
    ]);
  });

  it('makes one room per name, in the conference’s order, and only rooms in use', () => {
    const { forum } = fromScheduleJson({
      schedule: {
        conference: {
          time_zone_name: 'UTC',
          rooms: [{ name: 'Saal Zürich' }, { name: 'Unused' }, 'Saal-Zurich', { name: 'Hall A' }],
          days: [
            {
              date: '2024-05-01',
              rooms: {
                'Hall A': [event()],
                'Saal-Zurich': [event()],
                'Saal Zürich': [event()],
                '': [event({ room: 'Annex' }), event()],
                ['__proto__']: [event()],
              },
            },
          ],
        },
      },
    });
    expect(forum.rooms).to.deep.equal([
      { id: 'saal-zurich', name: 'Saal Zürich' },
      { id: 'saal-zurich-2', name: 'Saal-Zurich' },
      { id: 'hall-a', name: 'Hall A' },
      { id: 'annex', name: 'Annex' },
      { id: 'proto', name: '__proto__' },
    ]);
    expect(forum.sessions.map((s) => s.room)).to.deep.equal([
      'hall-a',
      'saal-zurich-2',
      'saal-zurich',
      'annex',
      undefined,
      'proto',
    ]);
  });

  it('gives descriptions as plain text and links only when they are http(s)', () => {
    const { sessions, warnings } = convert([
      event({
        subtitle: 'A subtitle',
        abstract: '<p>Hello <b>world</b> &amp; friends</p><p>Two&nbsp;&#8212;&#x2014;</p>',
        description: '<script>alert(1)</script>More <a href="javascript:x">text</a>',
        url: '/talk/ABC/',
      }),
      event({ url: 'javascript:alert(1)', abstract: 'Same', description: 'Same' }),
      event({ url: 'mailto:someone@example.org' }),
      event({ url: 'https://example.org/t', abstract: '   ', description: null }),
    ]);
    expect(sessions[0]?.description).to.equal(
      'A subtitle\n\nHello world & friends\nTwo\u00a0——\n\nMore text',
    );
    // A relative link without the schedule's base_url cannot be resolved.
    expect(sessions[0]).not.to.have.property('url');
    expect(sessions[1]).not.to.have.property('url');
    expect(sessions[1]?.description).to.equal('Same');
    expect(sessions[2]).not.to.have.property('url');
    expect(sessions[3]?.url).to.equal('https://example.org/t');
    expect(sessions[3]).not.to.have.property('description');
    expect(warnings.map((w) => w.path)).to.deep.equal(
      [0, 1, 2].map((i) => `schedule.conference.days[0].rooms["Hall A"][${i}].url`),
    );
    const based = fromScheduleJson({
      schedule: {
        base_url: 'https://pretalx.example.org/event/schedule/',
        conference: {
          time_zone_name: 'UTC',
          days: [{ date: '2024-05-01', rooms: { A: [event({ url: '/event/talk/ABC/' })] } }],
        },
      },
    });
    expect(based.forum.sessions[0]?.url).to.equal('https://pretalx.example.org/event/talk/ABC/');
  });

  it('keeps hostile text as text', () => {
    expect(plainText('<img src=x onerror=alert(1)>&lt;b&gt;bold&lt;/b&gt;')).to.equal(
      '<b>bold</b>',
    );
    expect(plainText('&#0;&#x110000;&bogus;')).to.equal('&#0;&#x110000;&bogus;');
    const { sessions } = convert([event({ title: '<script>alert(1)</script>' })]);
    expect(sessions[0]?.title).to.equal('<script>alert(1)</script>');
  });

  it('leaves out events that are not events, and the second copy of one', () => {
    const twice = event({ guid: 'same' });
    const { sessions, warnings } = convert([
      null,
      'talk',
      [],
      event({ title: '' }),
      event({ title: 42 }),
      twice,
      { ...twice, title: 'copy' },
      event({ guid: undefined, id: 7 }),
      event({ guid: undefined, id: undefined }),
    ]);
    expect(sessions.map((s) => s.id)).to.deep.equal(['same', '7', 'event-0-0-8']);
    const at = (i: number) => `schedule.conference.days[0].rooms["Hall A"][${i}]`;
    expect(warnings.map((w) => w.path)).to.deep.equal([
      at(0),
      at(1),
      at(2),
      `${at(3)}.title`,
      `${at(4)}.title`,
      at(6),
    ]);
  });

  it('reports a programme without days, or days and rooms of the wrong shape', () => {
    const paths = (value: unknown) =>
      fromScheduleJson({
        schedule: { conference: { title: 'T', time_zone_name: 'UTC', days: value } },
      }).warnings.map((w) => w.path);
    expect(paths(undefined)).to.deep.equal(['schedule.conference.days']);
    expect(paths({})).to.deep.equal(['schedule.conference.days']);
    expect(paths([null, { rooms: [] }, { rooms: { A: {} } }])).to.deep.equal([
      'schedule.conference.days[0]',
      'schedule.conference.days[1].rooms',
      'schedule.conference.days[2].rooms["A"]',
    ]);
    const long = 'R'.repeat(500);
    expect(paths([{ rooms: { [long]: 1 } }])).to.deep.equal([
      `schedule.conference.days[0].rooms["${'R'.repeat(80)}…"]`,
    ]);
    expect(fromScheduleJson('nothing').warnings).to.have.length(1);
  });

  it('counts the warnings past the limit instead of listing them', () => {
    const { warnings } = convert(Array.from({ length: 500 }, () => event({ duration: 'x' })));
    expect(warnings).to.have.length(MAX_WARNINGS + 1);
    expect(warnings.at(-1)).to.deep.equal({ path: '', message: 'and 300 more problems' });
  });
});

describe('readForum and loadLocal', () => {
  it('leave a schedule.json document to the converter, loaded on demand', () => {
    const camp = doc([event()]);
    expect(loadLocal({ kind: 'inline', value: camp })).to.equal(undefined);
    expect(loadLocal({ kind: 'inline', value: JSON.stringify(camp) })).to.equal(undefined);
    expect(loadLocal({ kind: 'inline', value: { version: 1, sessions: [] } })?.forum.id).to.equal(
      'forum',
    );
  });

  it('reads a forum document exactly as the validator does', async () => {
    const forum = await (await fetch('/api/forum.json')).json();
    expect(await readForum(forum)).to.deep.equal(validateForum(forum));
  });

  it('rejects what is not a forum, as the validator throws', async () => {
    for (const value of [null, [], { schedule: {} }, { ...doc([]), sessions: 'none' }]) {
      const error = await readForum(value).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(value)).to.be.instanceOf(ForumDataError);
    }
  });

  it('converts a schedule.json document, then validates it, with both sets of warnings', async () => {
    const long = 'x'.repeat(20_001);
    const { forum, warnings } = await readForum(
      doc([event({ type: 'Talk', abstract: long })], { zone: 'Europe/Berlin', date: '2023-03-26' }),
    );
    expect(forum.sessions).to.have.length(1);
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'schedule.conference.days[0].rooms["Hall A"][0].type',
      'sessions[0].description',
    ]);
  });

  it('keeps the merged warnings within the limit', () => {
    const w = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({ path: `${prefix}${i}`, message: 'm' }));
    const more = (n: number) => ({ path: '', message: `and ${n} more problems` });
    expect(mergeWarnings(w(2, 'a'), w(1, 'b'))).to.deep.equal([...w(2, 'a'), ...w(1, 'b')]);
    const merged = mergeWarnings([...w(MAX_WARNINGS, 'a'), more(5)], [...w(150, 'b'), more(7)]);
    expect(merged).to.have.length(MAX_WARNINGS + 1);
    expect(merged.at(-1)).to.deep.equal(more(5 + 150 + 7));
  });
});
