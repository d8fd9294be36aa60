// @ts-check
/**
 * A deterministic synthetic forum for stories, tests and benchmarks: any
 * number of sessions over any number of days in up to 12 parallel rooms,
 * valid against data/forum.schema.json. The same options (and seed) always
 * give the same forum, in Node and in browsers.
 *
 *   import { syntheticForum } from './bench/synthetic-forum.js';
 *   const forum = syntheticForum({ sessions: 2000, days: 10, rooms: 12, seed: 1 });
 *
 * @typedef {import('../src/data/types.js').ForumInput} ForumInput
 * @typedef {import('../src/data/types.js').SessionInput} SessionInput
 * @typedef {import('../src/data/types.js').RoundtableInput} RoundtableInput
 *
 * @typedef {object} SyntheticOptions
 * @property {number} [sessions] How many sessions (default 2000).
 * @property {number} [days] Over how many days (default 10); more when they would not fit 08:00–22:00.
 * @property {number} [rooms] How many rooms run in parallel, 1–12 (default 12).
 * @property {number} [seed] The seed of the pseudo-random choices (default 1).
 * @property {string} [timeZone] The forum's IANA zone (default America/New_York).
 * @property {string} [startDate] The first day, YYYY-MM-DD (default 2030-05-13, a Monday).
 */

/** The most rooms in parallel. */
export const MAX_ROOMS = 12;
const DAY_START = 8 * 60;
const DAY_MINUTES = 14 * 60;
const SLOT_STEP = 15;

/**
 * mulberry32: a small, fast, seeded pseudo-random generator.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'remittances',
  'regular pathways',
  'decent work',
  'migration data',
  'climate and displacement',
  'consular protection',
  'access to basic services',
  'skills recognition',
  'return and reintegration',
  'alternatives to detention',
  'missing migrants',
  'border governance',
  'social protection',
  'diaspora contributions',
  'inclusion and social cohesion',
  'fair recruitment',
];
const FORMATS = [
  'Regional perspectives on',
  'Local governments and',
  'Evidence and practice:',
  'Partnerships for',
  'Youth voices on',
  'Lessons learned in',
  'Financing',
  'Innovations in',
];
const SENTENCES = [
  'Speakers from governments, civil society and the private sector share what has worked.',
  'The discussion reviews progress since the last forum and identifies gaps.',
  'Participants present voluntary reviews and concrete pledges.',
  'An interactive exchange with migrants and diaspora organizations.',
  'The session closes with recommendations for the next review cycle.',
];
const COUNTRIES = [
  'AR',
  'BD',
  'CA',
  'DE',
  'EG',
  'ES',
  'FJ',
  'GH',
  'IN',
  'JP',
  'KE',
  'LU',
  'MA',
  'MX',
  'NG',
  'PH',
  'PT',
  'SN',
  'TH',
  'ZA',
];
const LANGUAGES = /** @type {const} */ (['en', 'fr', 'es', 'ru', 'zh', 'ar']);
const ROOM = { en: 'Room', fr: 'Salle', es: 'Sala', ru: 'Зал', zh: '会议室', ar: 'القاعة' };
const TABLE = {
  en: 'Round table',
  fr: 'Table ronde',
  es: 'Mesa redonda',
  ru: 'Круглый стол',
  zh: '圆桌会议',
  ar: 'المائدة المستديرة',
};

/** @type {Map<string, Intl.DateTimeFormat>} */
const formats = new Map();

/**
 * The zone's offset from UTC at an instant, in minutes.
 * @param {number} utcMs
 * @param {string} timeZone
 */
function offsetAt(utcMs, timeZone) {
  let format = formats.get(timeZone);
  if (!format) {
    const numeric = /** @type {const} */ ('numeric');
    const fields = { year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric };
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...fields });
    formats.set(timeZone, format);
  }
  /** @type {Record<string, number>} */
  const p = {};
  for (const { type, value } of format.formatToParts(utcMs)) p[type] = Number(value);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute);
  return Math.round((wall - Math.floor(utcMs / 60000) * 60000) / 60000);
}

/**
 * An RFC 3339 date-time for a wall-clock time of a day in a zone.
 * @param {string} date YYYY-MM-DD
 * @param {number} minutes minutes after midnight, under 24 hours
 * @param {string} timeZone
 */
function wallTime(date, minutes, timeZone) {
  const key = `${date}|${minutes}|${timeZone}`;
  let text = wallTimes.get(key);
  if (text === undefined) wallTimes.set(key, (text = computeWallTime(date, minutes, timeZone)));
  return text;
}

/** @type {Map<string, string>} */
const wallTimes = new Map();

/**
 * @param {string} date
 * @param {number} minutes
 * @param {string} timeZone
 */
function computeWallTime(date, minutes, timeZone) {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60000;
  let offset = offsetAt(wall, timeZone);
  offset = offsetAt(wall - offset * 60000, timeZone);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * @param {string} start YYYY-MM-DD
 * @param {number} days
 */
function addDays(start, days) {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A synthetic forum in the data contract (a `ForumInput`).
 * @param {SyntheticOptions} [options]
 * @returns {ForumInput}
 */
export function syntheticForum(options = {}) {
  const total = Math.max(0, Math.floor(options.sessions ?? 2000));
  const rooms = Math.min(MAX_ROOMS, Math.max(1, Math.floor(options.rooms ?? 12)));
  const perRoomMax = DAY_MINUTES / SLOT_STEP;
  const days = Math.max(1, Math.floor(options.days ?? 10), Math.ceil(total / (rooms * perRoomMax)));
  const seed = options.seed ?? 1;
  const timeZone = options.timeZone ?? 'America/New_York';
  const startDate = options.startDate ?? '2030-05-13';
  const next = random(seed);
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]);

  // Two different sentences.
  const describe = () => {
    const first = Math.floor(next() * SENTENCES.length);
    const second = (first + 1 + Math.floor(next() * (SENTENCES.length - 1))) % SENTENCES.length;
    return `${SENTENCES[first]} ${SENTENCES[second]}`;
  };

  /** @type {SessionInput[]} */
  const sessions = [];
  /** @type {RoundtableInput[]} */
  const roundtables = [];
  let id = 0;
  for (let day = 0; day < days; day++) {
    const date = addDays(startDate, day);
    const count = Math.floor(total / days) + (day < total % days ? 1 : 0);
    const perRoom = Math.ceil(count / rooms);
    // Rooms share slot times, as at real conferences, so the grid has rows.
    const slot = Math.max(SLOT_STEP, Math.floor(DAY_MINUTES / perRoom / SLOT_STEP) * SLOT_STEP);
    /** @type {(SessionInput | undefined)[]} */
    const previous = [];
    for (let j = 0; j < count; j++) {
      const room = j % rooms;
      const start = DAY_START + Math.floor(j / rooms) * slot;
      const length = slot >= 45 && next() < 0.3 ? slot - SLOT_STEP : slot;
      const before = previous[room];
      const roll = next();
      const kind =
        room === 0 && j === 0
          ? 'plenary'
          : roll < 0.12
            ? 'roundtable'
            : roll < 0.2
              ? 'hearing'
              : roll < 0.26
                ? 'policy-debate'
                : roll < 0.3
                  ? 'plenary'
                  : 'other';
      /** @type {SessionInput} */
      const session = {
        id: `s${++id}`,
        kind,
        title: `${pick(FORMATS)} ${pick(TOPICS)}`,
        start: wallTime(date, start, timeZone),
        end: wallTime(date, start + length, timeZone),
        room: `room-${room + 1}`,
        description: describe(),
      };
      if (kind === 'roundtable') {
        const number = roundtables.length + 1;
        const objectives = new Set([1 + Math.floor(next() * 23)]);
        while (objectives.size < 3 + Math.floor(next() * 4))
          objectives.add(1 + Math.floor(next() * 23));
        const coChairs = new Set([pick(COUNTRIES)]);
        while (coChairs.size < 2) coChairs.add(pick(COUNTRIES));
        session.title = Object.fromEntries(LANGUAGES.map((l) => [l, `${TABLE[l]} ${number}`]));
        session.roundtable = number;
        roundtables.push({
          number,
          coChairs: [...coChairs],
          objectives: [...objectives].sort((a, b) => a - b),
          session: session.id,
        });
      } else if (before && before.kind === kind && next() < 0.25) {
        session.title = `${before.title} (cont.)`;
        session.continues = before.id;
      }
      if (kind === 'plenary' && next() < 0.5)
        session.segments = [
          { title: 'Opening statements', description: pick(SENTENCES) },
          { title: 'General debate' },
        ];
      if (next() < 0.3) session.chair = `Chair from ${pick(COUNTRIES)}`;
      else if (next() < 0.2) session.facilitator = 'Coordinator of the Network';
      sessions.push(session);
      previous[room] = session;
    }
  }

  return {
    version: 1,
    id: `synthetic-${seed}`,
    title: {
      en: `Synthetic conference (${total} sessions)`,
      fr: `Conférence synthétique (${total} séances)`,
    },
    shortTitle: 'Synthetic',
    timeZone,
    venue: 'Conference centre',
    url: 'https://example.org/synthetic-forum',
    rooms: Array.from({ length: rooms }, (_, i) => ({
      id: `room-${i + 1}`,
      name: Object.fromEntries(LANGUAGES.map((l) => [l, `${ROOM[l]} ${i + 1}`])),
    })),
    sessions,
    roundtables,
    objectives: Array.from({ length: 23 }, (_, i) => ({
      number: i + 1,
      title: `Objective ${i + 1} of the Global Compact`,
      short: `Objective ${i + 1}`,
    })),
  };
}
