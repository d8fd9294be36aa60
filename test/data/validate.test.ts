import { expect } from '@open-wc/testing';
import defaultData from '../../data/imrf-2022.json';
import { ForumDataError } from '../../src/data/errors.js';
import {
  MAX_PEOPLE,
  MAX_TEXT_LENGTH,
  MAX_WARNINGS,
  isDate,
  parseDateTime,
  validateForum,
} from '../../src/data/validate.js';
import { pickText } from '../../src/i18n/text.js';

/** A fresh deep copy of the default data, to damage in each test. */
const sample = (): Record<string, any> => JSON.parse(JSON.stringify(defaultData));

const session = (overrides: Record<string, unknown> = {}) => ({
  id: 's1',
  kind: 'plenary',
  title: 'A session',
  start: '2030-01-01T10:00:00Z',
  end: '2030-01-01T11:00:00Z',
  ...overrides,
});

/** Validates a minimal forum whose sessions are given. */
const withSessions = (...sessions: unknown[]) =>
  validateForum({ version: 1, id: 'f', title: 'F', timeZone: 'UTC', sessions });

const paths = (result: { warnings: readonly { path: string }[] }) =>
  result.warnings.map((w) => w.path);

describe('validateForum', () => {
  it('reads an object once: the same object gets the same result, a new one is read anew', () => {
    const data = sample();
    const first = validateForum(data);
    expect(validateForum(data)).to.equal(first);
    const copy = sample();
    copy.title = 'Another forum';
    const second = validateForum(copy);
    expect(second).not.to.equal(first);
    expect(pickText(second.forum.title, 'en')).to.equal('Another forum');
  });

  it('reads the embedded default without a single warning', () => {
    const { forum, warnings } = validateForum(sample());
    expect(warnings).to.deep.equal([]);
    expect(forum.sessions).to.have.length(11);
    expect(forum.roundtables.map((r) => r.number)).to.deep.equal([1, 2, 3, 4]);
    expect(forum.objectives).to.have.length(23);
    expect(forum.guidingPrinciples).to.have.length(10);
    expect(forum.rooms.map((r) => r.id)).to.deep.equal(['cr4', 'tcc', 'gah']);
    expect(forum.outcome?.coFacilitators.map((f) => f.country)).to.deep.equal(['BD', 'LU']);
    expect(forum.timeZone).to.equal('America/New_York');
  });

  it('keeps the programme of the background note', () => {
    const { forum } = validateForum(sample());
    const rt3 = forum.sessions.find((s) => s.id === 'rt3')!;
    const rt4 = forum.sessions.find((s) => s.id === 'rt4')!;
    expect(rt3.startMs).to.equal(Date.parse('2022-05-18T14:00:00Z'));
    expect([rt3.room, rt4.room]).to.deep.equal(['cr4', 'tcc']);
    expect(rt3.startMs).to.equal(rt4.startMs);
    expect(forum.roundtables[0]).to.deep.include({ coChairs: ['EG', 'DE'], session: 'rt1' });
    expect(forum.roundtables[0]!.objectives).to.deep.equal([2, 5, 6, 12, 18]);
    const closing = forum.sessions.find((s) => s.id === 'plenary-20-pm')!;
    expect(closing.segments.map((s) => pickText(s.title, 'en'))).to.deep.equal([
      'General debate (cont.)',
      'Closing segment',
    ]);
    expect(closing.continues).to.equal('plenary-20-am');
    // Every objective is reviewed by exactly one round table.
    const reviewed = forum.roundtables.flatMap((r) => r.objectives).sort((a, b) => a - b);
    expect(reviewed).to.deep.equal(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('sorts sessions by start, end, then room order', () => {
    const data = sample();
    data.sessions.reverse();
    const ids = validateForum(data).forum.sessions.map((s) => s.id);
    expect(ids.slice(0, 7)).to.deep.equal([
      'hearing-am',
      'hearing-pm',
      'rt1',
      'rt2',
      'rt3',
      'rt4',
      'policy-debate',
    ]);
  });

  describe('is not a forum at all', () => {
    for (const [what, value] of [
      ['an array', []],
      ['null', null],
      ['a number', 42],
      ['a string', 'forum'],
      ['an object without sessions', { version: 1, title: 'x' }],
      ['sessions that are not a list', { sessions: {} }],
    ] as const) {
      it(`throws a not-forum error for ${what}`, () => {
        let error: unknown;
        try {
          validateForum(value);
        } catch (e) {
          error = e;
        }
        expect(error).to.be.instanceOf(ForumDataError);
        expect((error as ForumDataError).reason).to.equal('not-forum');
      });
    }
  });

  describe('leaves out the invalid part, with a warning naming it', () => {
    const cases: [string, unknown, string, string][] = [
      [
        'a start without offset',
        session({ start: '2030-01-01T10:00:00' }),
        'sessions[0].start',
        'RFC 3339',
      ],
      [
        'a start that is not a date',
        session({ start: 'tomorrow' }),
        'sessions[0].start',
        'RFC 3339',
      ],
      [
        'an impossible date',
        session({ start: '2030-02-30T10:00:00Z' }),
        'sessions[0].start',
        'RFC 3339',
      ],
      [
        'an end before the start',
        session({ end: '2030-01-01T09:00:00Z' }),
        'sessions[0].end',
        'not after',
      ],
      [
        'an end equal to the start',
        session({ end: '2030-01-01T10:00:00Z' }),
        'sessions[0].end',
        'not after',
      ],
      ['a missing id', session({ id: undefined }), 'sessions[0].id', 'missing'],
      ['a numeric id', session({ id: 7 }), 'sessions[0].id', 'missing'],
      ['a missing title', session({ title: '' }), 'sessions[0].title', 'empty'],
      [
        'a title map with no text',
        session({ title: { en: 3 } }),
        'sessions[0].title.en',
        'not a text',
      ],
      ['a session that is a string', 'session', 'sessions[0]', 'not an object'],
    ];
    for (const [what, value, path, message] of cases) {
      it(what, () => {
        const result = withSessions(value);
        expect(result.forum.sessions).to.have.length(0);
        const warning = result.warnings.find((w) => w.path === path);
        expect(warning, JSON.stringify(result.warnings)).to.exist;
        expect(warning!.message).to.contain(message);
      });
    }
  });

  it('names the path of a problem, from the document’s root', () => {
    const { warnings } = withSessions(
      session(),
      session({ id: 's2' }),
      session({ id: 's3' }),
      session({ id: 's4', start: 'x' }),
    );
    expect(`${warnings[0]!.path}: ${warnings[0]!.message}`).to.equal(
      'sessions[3].start: not an RFC 3339 date-time with an offset',
    );
  });

  it('keeps a session whose optional parts are wrong, without those parts', () => {
    const { forum, warnings } = withSessions(
      session({
        room: 'nowhere',
        roundtable: 9,
        continues: 'ghost',
        url: 'javascript:alert(1)',
        segments: [{ title: 'Kept' }, { description: 'no title' }, 5],
        kind: 'workshop',
      }),
    );
    const [kept] = forum.sessions;
    expect(kept).to.exist;
    expect(kept!.room).to.equal(undefined);
    expect(kept!.roundtable).to.equal(undefined);
    expect(kept!.continues).to.equal(undefined);
    expect(kept!.url).to.equal(undefined);
    expect(kept!.kind).to.equal('other');
    expect(kept!.segments).to.deep.equal([{ title: 'Kept' }]);
    expect(paths({ warnings })).to.include.members([
      'sessions[0].room',
      'sessions[0].roundtable',
      'sessions[0].continues',
      'sessions[0].url',
      'sessions[0].segments[1].title',
      'sessions[0].segments[2]',
    ]);
  });

  it('keeps the first of duplicate ids', () => {
    const { forum, warnings } = withSessions(
      session({ title: 'first' }),
      session({ title: 'second' }),
    );
    expect(forum.sessions.map((s) => s.title)).to.deep.equal(['first']);
    expect(warnings[0]!.message).to.contain('duplicate');
  });

  it('checks round tables: co-chair codes, objective numbers, session links', () => {
    const data = sample();
    data.roundtables = [
      {
        number: 1,
        coChairs: ['eg', 'XX', 'Germany', 7],
        objectives: [2, 24, 0, 2.5, '5', 5],
        session: 'nope',
      },
      { number: 0, coChairs: [], objectives: [] },
      { number: 1, coChairs: ['FR'], objectives: [1] },
    ];
    const { forum, warnings } = validateForum(data);
    expect(forum.roundtables).to.have.length(1);
    const [table] = forum.roundtables;
    // XX names no country of the UN M49 list: kept, shown as the code, with a warning.
    expect(table!.coChairs).to.deep.equal(['EG', 'XX']);
    expect(warnings.find((w) => w.path === 'roundtables[0].coChairs[1]')!.message).to.contain(
      'not a country or area of the UN M49 list',
    );
    expect(table!.objectives).to.deep.equal([2, 5]);
    // The broken link is replaced by the session that names round table 1.
    expect(table!.session).to.equal('rt1');
    expect(paths({ warnings })).to.include.members([
      'roundtables[0].coChairs[1]',
      'roundtables[0].coChairs[2]',
      'roundtables[0].objectives[1]',
      'roundtables[0].objectives[2]',
      'roundtables[0].session',
      'roundtables[1].number',
      'roundtables',
    ]);
    // Sessions that name round tables 2–4 lose the link, which no longer exists.
    expect(forum.sessions.find((s) => s.id === 'rt2')!.roundtable).to.equal(undefined);
  });

  it('checks objectives and guiding principles', () => {
    const data = sample();
    data.objectives = [
      { number: 24, title: 'x' },
      { number: 7 },
      { number: 7, title: 'Seven' },
      { number: 7, title: 'dup' },
    ];
    data.guidingPrinciples = [{ id: 'a', title: 'A' }, { id: '', title: 'B' }, { id: 'c' }];
    const { forum, warnings } = validateForum(data);
    expect(forum.objectives).to.deep.equal([{ number: 7, title: 'Seven' }]);
    expect(forum.guidingPrinciples).to.deep.equal([{ id: 'a', title: 'A' }]);
    expect(paths({ warnings })).to.include.members([
      'objectives[0].number',
      'objectives[1].title',
      'objectives',
      'guidingPrinciples[1].id',
      'guidingPrinciples[2].title',
    ]);
  });

  it('keeps only http, https and mailto links, whatever their case or padding', () => {
    const data = sample();
    data.url = '  JavaScript:alert(1)';
    data.documents = [
      { title: 'a', url: 'https://example.org/a' },
      { title: 'b', url: ' data:text/html,<script>alert(1)</script>' },
      { title: 'c', url: 'vbscript:msgbox(1)' },
      { title: 'd', url: 'MAILTO:someone@example.org' },
      { title: 'e', url: '\tjava\nscript:alert(1)' },
      { title: 'f', url: '/relative' },
    ];
    const { forum } = validateForum(data);
    expect(forum.url).to.equal(undefined);
    expect(forum.documents.map((d) => d.url)).to.deep.equal([
      'https://example.org/a',
      undefined,
      undefined,
      'mailto:someone@example.org',
      undefined,
      undefined,
    ]);
  });

  it('reads localized texts, ignoring keys that are not language tags', () => {
    const { forum, warnings } = withSessions(
      session({
        title: { en: 'Hello', fr: 'Bonjour', __proto__x: 'x', 'zh-Hans': '你好', '': 'e' },
      }),
    );
    expect(forum.sessions[0]!.title).to.deep.equal({
      en: 'Hello',
      fr: 'Bonjour',
      'zh-Hans': '你好',
    });
    expect(warnings.map((w) => w.path)).to.include('sessions[0].title.__proto__x');
  });

  it('is not polluted by __proto__ and constructor keys', () => {
    const hostile = JSON.parse(
      '{"version":1,"id":"x","title":{"__proto__":{"polluted":true},"en":"T"},"timeZone":"UTC",' +
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
        '"sessions":[{"__proto__":{"polluted":true},"id":"a","kind":"other","title":"A",' +
        '"start":"2030-01-01T10:00:00Z","end":"2030-01-01T11:00:00Z"}]}',
    );
    const { forum } = validateForum(hostile);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(forum.title)).to.equal(Object.prototype);
    expect((forum as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(forum.sessions).to.have.length(1);
  });

  it('cuts texts longer than the limit', () => {
    const { forum, warnings } = withSessions(
      session({ description: 'x'.repeat(MAX_TEXT_LENGTH + 5) }),
    );
    expect((forum.sessions[0]!.description as string).length).to.equal(MAX_TEXT_LENGTH);
    expect(warnings[0]!.message).to.contain('cut');
  });

  it('falls back for a missing id, title, version and an unknown time zone', () => {
    const { forum, warnings } = validateForum({
      timeZone: 'Mars/Olympus_Mons',
      sessions: [],
      shortTitle: 'Short',
    });
    expect(forum.id).to.equal('forum');
    expect(forum.title).to.equal('Short');
    expect(forum.timeZone).to.equal('UTC');
    expect(paths({ warnings })).to.include.members(['version', 'id', 'title', 'timeZone']);
  });

  it('reads a newer version, ignoring what it does not know', () => {
    const data = sample();
    data.version = 2;
    data.futureField = { anything: true };
    const { forum, warnings } = validateForum(data);
    expect(forum.sessions).to.have.length(11);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.message).to.contain('newer');
  });

  it('lists at most MAX_WARNINGS warnings, then counts the rest', () => {
    const sessions = Array.from({ length: MAX_WARNINGS + 50 }, (_, i) =>
      session({ id: `s${i}`, start: 'bad' }),
    );
    const { warnings } = withSessions(...sessions);
    expect(warnings).to.have.length(MAX_WARNINGS + 1);
    expect(warnings[MAX_WARNINGS]!.message).to.equal('and 50 more problems');
  });

  it('checks the outcome', () => {
    const data = sample();
    data.outcome = {
      title: 'Declaration',
      session: 'ghost',
      appointed: '2022-02-31',
      coFacilitators: [{ name: 'A', country: 'ZZ' }, {}],
    };
    const { forum, warnings } = validateForum(data);
    expect(forum.outcome).to.deep.equal({
      title: 'Declaration',
      coFacilitators: [{ name: 'A', country: 'ZZ' }],
    });
    expect(paths({ warnings })).to.include.members([
      'outcome.session',
      'outcome.appointed',
      'outcome.coFacilitators[0].country',
    ]);
  });
});

describe('side events, online sessions and speakers', () => {
  const sideEvent = session({
    id: 'se1',
    kind: 'side-event',
    organizers: [
      { name: { en: 'Sample Network', fr: 'Réseau exemple' }, country: 'pt' },
      { name: 'Sample Institute' },
    ],
    speakers: [
      {
        name: 'Ana Example',
        role: { en: 'Moderator', fr: 'Modératrice' },
        affiliation: 'Sample U',
      },
      { name: 'Ben Example' },
    ],
    format: 'hybrid',
    joinUrl: 'HTTPS://join.example.org/se1',
    webcastUrl: 'http://webtv.example.org/se1',
    objectives: [7, 2, 7],
    track: { en: 'Data', es: 'Datos' },
  });

  it('keeps every new field of a valid session, normalized, without a warning', () => {
    const { forum, warnings } = withSessions(sideEvent);
    expect(warnings).to.deep.equal([]);
    const s = forum.sessions[0]!;
    expect(s.kind).to.equal('side-event');
    expect(s.organizers).to.deep.equal([
      { name: { en: 'Sample Network', fr: 'Réseau exemple' }, country: 'PT' },
      { name: 'Sample Institute' },
    ]);
    expect(s.speakers).to.deep.equal([
      {
        name: 'Ana Example',
        role: { en: 'Moderator', fr: 'Modératrice' },
        affiliation: 'Sample U',
      },
      { name: 'Ben Example' },
    ]);
    expect(s.format).to.equal('hybrid');
    expect(s.joinUrl).to.equal('https://join.example.org/se1');
    expect(s.webcastUrl).to.equal('http://webtv.example.org/se1');
    expect(s.objectives).to.deep.equal([2, 7]);
    expect(s.track).to.deep.equal({ en: 'Data', es: 'Datos' });
  });

  it('gives sessions without them empty lists and no other field', () => {
    const s = withSessions(session()).forum.sessions[0]!;
    expect([s.organizers, s.speakers, s.objectives]).to.deep.equal([[], [], []]);
    for (const key of ['format', 'joinUrl', 'webcastUrl', 'track'])
      expect(s).not.to.have.property(key);
  });

  const hostile: [string, Record<string, unknown>, string[]][] = [
    ['a javascript: join link', { joinUrl: 'javascript:alert(1)' }, ['sessions[0].joinUrl']],
    ['a mailto: webcast link', { webcastUrl: 'mailto:a@example.org' }, ['sessions[0].webcastUrl']],
    ['a data: webcast link', { webcastUrl: ' data:text/html,<b>x' }, ['sessions[0].webcastUrl']],
    [
      'a join link that is not text',
      { joinUrl: { href: 'https://x.org' } },
      ['sessions[0].joinUrl'],
    ],
    ['an unknown format', { format: 'virtual' }, ['sessions[0].format']],
    ['a format that is not text', { format: 1 }, ['sessions[0].format']],
    [
      'objectives out of range',
      { objectives: [0, 24, 2.5, '3', 3] },
      [
        'sessions[0].objectives[0]',
        'sessions[0].objectives[1]',
        'sessions[0].objectives[2]',
        'sessions[0].objectives[3]',
      ],
    ],
    ['objectives that are not a list', { objectives: 3 }, ['sessions[0].objectives']],
    [
      'an organizer without a name',
      { organizers: [{ country: 'PT' }, 'Org'] },
      ['sessions[0].organizers[0].name', 'sessions[0].organizers[1]'],
    ],
    [
      'an organizer country that is no country',
      { organizers: [{ name: 'O', country: 'QZ' }] },
      ['sessions[0].organizers[0].country'],
    ],
    [
      'a speaker whose name is blank or a map',
      { speakers: [{ name: ' ' }, { name: { en: 'A' } }] },
      ['sessions[0].speakers[0].name', 'sessions[0].speakers[1].name'],
    ],
    [
      'a speaker role that is empty',
      { speakers: [{ name: 'A', role: '', affiliation: [] }] },
      ['sessions[0].speakers[0].role', 'sessions[0].speakers[0].affiliation'],
    ],
    ['a blank track', { track: '  ' }, ['sessions[0].track']],
  ];
  for (const [what, fields, expected] of hostile) {
    it(`leaves out ${what}, with a warning by path`, () => {
      const result = withSessions(session(fields));
      expect(paths(result)).to.deep.equal(expected);
      const s = result.forum.sessions[0]!;
      expect(s.id, 'the session itself is kept').to.equal('s1');
      for (const key of ['joinUrl', 'webcastUrl', 'format', 'track'])
        if (key in fields) expect(s).not.to.have.property(key);
    });
  }

  it('keeps the valid speakers and organizers of a damaged list', () => {
    const { forum } = withSessions(
      session({ speakers: [{ name: 'A' }, null, { name: 'B', role: 'Panellist' }] }),
    );
    expect(forum.sessions[0]!.speakers.map((p) => p.name)).to.deep.equal(['A', 'B']);
  });

  it(`keeps at most ${MAX_PEOPLE} speakers and organizers, and says so`, () => {
    const many = Array.from({ length: MAX_PEOPLE + 5 }, (_, i) => ({ name: `P${i}` }));
    const result = withSessions(session({ speakers: many, organizers: many }));
    const s = result.forum.sessions[0]!;
    expect([s.speakers.length, s.organizers.length]).to.deep.equal([MAX_PEOPLE, MAX_PEOPLE]);
    expect(paths(result)).to.deep.equal(['sessions[0].organizers', 'sessions[0].speakers']);
  });

  it('cuts a speaker name longer than the text limit', () => {
    const result = withSessions(session({ speakers: [{ name: 'x'.repeat(MAX_TEXT_LENGTH + 3) }] }));
    expect(result.forum.sessions[0]!.speakers[0]!.name).to.have.length(MAX_TEXT_LENGTH);
    expect(paths(result)).to.deep.equal(['sessions[0].speakers[0].name']);
  });

  it('reads script in names and roles as text, not markup', () => {
    const name = '<img src=x onerror=alert(1)>';
    const s = withSessions(session({ speakers: [{ name, role: name }] })).forum.sessions[0]!;
    expect(s.speakers[0]).to.deep.equal({ name, role: name });
  });
});

describe('date checks', () => {
  it('parses RFC 3339 with offsets and Z only', () => {
    expect(parseDateTime('2022-05-18T10:00:00-04:00')).to.equal(Date.parse('2022-05-18T14:00:00Z'));
    expect(parseDateTime('2022-05-18T14:00:00.5Z')).to.equal(
      Date.parse('2022-05-18T14:00:00.500Z'),
    );
    for (const bad of [
      '2022-05-18',
      '2022-05-18T10:00',
      '2022-05-18T25:00:00Z',
      '2022-13-01T00:00:00Z',
      20220518,
      null,
    ]) {
      expect(parseDateTime(bad), String(bad)).to.be.NaN;
    }
  });

  it('recognizes calendar dates', () => {
    expect(isDate('2024-02-29')).to.equal(true);
    expect(isDate('2023-02-29')).to.equal(false);
    expect(isDate('2023-2-1')).to.equal(false);
  });
});

describe('validateForum: timeZoneName', () => {
  it('keeps the localized name of the forum zone', () => {
    const { forum, warnings } = validateForum(sample());
    expect(warnings).to.deep.equal([]);
    expect(forum.timeZoneName).to.deep.include({ en: 'New York', zh: '纽约', ar: 'نيويورك' });
  });

  it('leaves out an empty language with a warning by path', () => {
    const data = sample();
    data.timeZoneName = { en: 'New York', fr: '', ru: 42 };
    const { forum, warnings } = validateForum(data);
    expect(forum.timeZoneName).to.deep.equal({ en: 'New York' });
    expect(paths({ warnings })).to.include.members(['timeZoneName.fr', 'timeZoneName.ru']);
  });

  it('leaves out a name that is not a text, and one for a zone that fell back to UTC', () => {
    const data = sample();
    data.timeZoneName = ['New York'];
    expect(paths(validateForum(data))).to.include('timeZoneName');
    expect(validateForum(data).forum.timeZoneName).to.equal(undefined);
    const unknown = sample();
    unknown.timeZone = 'Mars/Olympus_Mons';
    const { forum, warnings } = validateForum(unknown);
    expect(forum.timeZone).to.equal('UTC');
    expect(forum.timeZoneName).to.equal(undefined);
    expect(warnings.find((w) => w.path === 'timeZoneName')?.message).to.contain('not used');
  });
});
