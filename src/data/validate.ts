/**
 * The boundary between partner data and the widgets: turns any JSON value
 * into a valid `Forum`, leaving out (and reporting) what is wrong, or throws a
 * `ForumDataError` when the value is not a forum at all.
 *
 * Hand-written rather than a schema library: it costs about 2 KB gzipped,
 * knows how to keep the valid part of a damaged file, and names every
 * problem by its path.
 */
import { isM49Code } from '../i18n/countries/codes.js';
import { isDate, isTimeZone, parseDateTime } from './date-time.js';
import { ForumDataError } from './errors.js';
import { httpUrl, safeUrl } from './safe-url.js';
import { WarningReport } from './warnings.js';
import {
  PARTICIPATION_KINDS,
  SESSION_FORMATS,
  SESSION_KINDS,
  type CoFacilitator,
  type Forum,
  type ForumDocument,
  type GuidingPrinciple,
  type LocalizedText,
  type Objective,
  type Organizer,
  type Outcome,
  type Participation,
  type ParticipationKind,
  type Room,
  type Roundtable,
  type Segment,
  type Session,
  type SessionFormat,
  type SessionKind,
  type Speaker,
  type ValidationWarning,
} from './types.js';

/** The contract version this code reads. */
export const FORUM_VERSION = 1;
/** Longer texts are cut, with a warning, so one field cannot swamp a page. */
export const MAX_TEXT_LENGTH = 20_000;
export { MAX_WARNINGS } from './warnings.js';
export { isDate, isTimeZone, parseDateTime } from './date-time.js';
/** A session names at most this many organizers, and this many speakers; the rest are left out. */
export const MAX_PEOPLE = 100;
/** GCM objectives are numbered 1 to 23. */
export const OBJECTIVE_COUNT = 23;

export interface ValidationResult {
  readonly forum: Forum;
  readonly warnings: readonly ValidationWarning[];
}

type Json = Record<string, unknown>;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const REGION_CODE = /^[A-Za-z]{2}$/;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isKind = (value: string): value is SessionKind =>
  (SESSION_KINDS as readonly string[]).includes(value);

function cut(value: string, path: string, report: WarningReport): string {
  if (value.length <= MAX_TEXT_LENGTH) return value;
  report.warn(path, `longer than ${MAX_TEXT_LENGTH} characters; cut`);
  return value.slice(0, MAX_TEXT_LENGTH);
}

/** A string or a map of language tags to strings; anything else is left out. */
function text(value: unknown, path: string, report: WarningReport): LocalizedText | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    if (value.trim() !== '') return cut(value, path, report);
    report.warn(path, 'empty text');
    return undefined;
  }
  if (!isRecord(value)) {
    report.warn(path, 'not a text or a map of language tags to texts');
    return undefined;
  }
  const entries: [string, string][] = [];
  for (const [tag, translation] of Object.entries(value)) {
    if (!LANGUAGE_TAG.test(tag)) report.warn(`${path}.${tag}`, 'not a BCP 47 language tag');
    else if (typeof translation !== 'string' || translation.trim() === '')
      report.warn(`${path}.${tag}`, 'not a text');
    else entries.push([tag, cut(translation, `${path}.${tag}`, report)]);
  }
  if (entries.length === 0) {
    report.warn(path, 'no text in any language');
    return undefined;
  }
  return Object.freeze(Object.fromEntries(entries));
}

function id(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 200;
}

function url(value: unknown, path: string, report: WarningReport): string | undefined {
  if (value === undefined || value === null) return undefined;
  const safe = safeUrl(value);
  if (safe === undefined) report.warn(path, 'not an http:, https: or mailto: link; left out');
  return safe;
}

function httpLink(value: unknown, path: string, report: WarningReport): string | undefined {
  if (value === undefined || value === null) return undefined;
  const safe = httpUrl(value);
  if (safe === undefined) report.warn(path, 'not an http: or https: link; left out');
  return safe;
}

/** Runs `item` over an optional list; items that return undefined are left out. */
function list<T>(
  value: unknown,
  path: string,
  report: WarningReport,
  item: (value: unknown, path: string) => T | undefined,
): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report.warn(path, 'not a list; left out');
    return [];
  }
  const out: T[] = [];
  value.forEach((entry, i) => {
    const result = item(entry, `${path}[${i}]`);
    if (result !== undefined) out.push(result);
  });
  return out;
}

/** Leaves out entries whose key was already seen. */
function unique<T>(
  items: T[],
  key: (item: T) => string | number,
  path: string,
  report: WarningReport,
) {
  const seen = new Set<string | number>();
  return items.filter((item) => {
    const k = key(item);
    if (!seen.has(k)) return seen.add(k);
    report.warn(`${path}`, `duplicate ${JSON.stringify(k)}; the first one is kept`);
    return false;
  });
}

function object(value: unknown, path: string, report: WarningReport): Json | undefined {
  if (isRecord(value)) return value;
  report.warn(path, 'not an object; left out');
  return undefined;
}

function room(value: unknown, path: string, report: WarningReport): Room | undefined {
  const o = object(value, path, report);
  if (!o) return undefined;
  if (!id(o.id)) return void report.warn(`${path}.id`, 'missing or not a text; room left out');
  const name = text(o.name, `${path}.name`, report);
  if (!name) return void report.warn(`${path}.name`, 'missing; room left out');
  return { id: o.id, name };
}

function segment(value: unknown, path: string, report: WarningReport): Segment | undefined {
  const o = object(value, path, report);
  const title = o && text(o.title, `${path}.title`, report);
  if (!o) return undefined;
  if (!title) return void report.warn(`${path}.title`, 'missing; segment left out');
  const description = text(o.description, `${path}.description`, report);
  return { title, ...(description && { description }) };
}

/** A list of at most `MAX_PEOPLE` entries; the rest are left out, with a warning. */
function people<T>(
  value: unknown,
  path: string,
  report: WarningReport,
  item: (value: unknown, path: string) => T | undefined,
): T[] {
  const all = list(value, path, report, item);
  if (all.length <= MAX_PEOPLE) return all;
  report.warn(path, `more than ${MAX_PEOPLE}; the rest are left out`);
  return all.slice(0, MAX_PEOPLE);
}

function organizer(value: unknown, path: string, report: WarningReport): Organizer | undefined {
  const o = object(value, path, report);
  if (!o) return undefined;
  const name = text(o.name, `${path}.name`, report);
  if (!name) return void report.warn(`${path}.name`, 'missing; organizer left out');
  return { name, ...defined({ country: country(o.country, `${path}.country`, report) }) };
}

function speaker(value: unknown, path: string, report: WarningReport): Speaker | undefined {
  const o = object(value, path, report);
  if (!o) return undefined;
  if (typeof o.name !== 'string' || o.name.trim() === '')
    return void report.warn(`${path}.name`, 'missing or not a text; speaker left out');
  return {
    name: cut(o.name, `${path}.name`, report),
    ...defined({
      role: text(o.role, `${path}.role`, report),
      affiliation: text(o.affiliation, `${path}.affiliation`, report),
    }),
  };
}

/** A list of GCM objective numbers, unique and ascending; others are left out. */
function objectiveNumbers(value: unknown, path: string, report: WarningReport): number[] {
  const numbers = list(value, path, report, (v, p) => {
    if (objectiveNumber(v)) return v;
    report.warn(p, `not a GCM objective number (1–${OBJECTIVE_COUNT}); left out`);
    return undefined;
  });
  return [...new Set(numbers)].sort((a, b) => a - b);
}

function format(value: unknown, path: string, report: WarningReport): SessionFormat | undefined {
  if (value === undefined || value === null) return undefined;
  if ((SESSION_FORMATS as readonly unknown[]).includes(value)) return value as SessionFormat;
  report.warn(path, `not one of ${SESSION_FORMATS.join(', ')}; left out`);
  return undefined;
}

function session(value: unknown, path: string, report: WarningReport): Session | undefined {
  const o = object(value, path, report);
  if (!o) return undefined;
  if (!id(o.id)) return void report.warn(`${path}.id`, 'missing or not a text; session left out');
  const title = text(o.title, `${path}.title`, report);
  if (!title) return void report.warn(`${path}.title`, 'missing; session left out');
  const startMs = parseDateTime(o.start);
  if (Number.isNaN(startMs))
    return void report.warn(`${path}.start`, 'not an RFC 3339 date-time with an offset');
  const endMs = parseDateTime(o.end);
  if (Number.isNaN(endMs))
    return void report.warn(`${path}.end`, 'not an RFC 3339 date-time with an offset');
  if (endMs <= startMs) return void report.warn(`${path}.end`, 'not after the start');
  const kind = typeof o.kind === 'string' && isKind(o.kind) ? o.kind : 'other';
  if (o.kind !== undefined && typeof o.kind !== 'string') report.warn(`${path}.kind`, 'not a text');
  const roundtable = o.roundtable;
  const goodRoundtable = Number.isInteger(roundtable) && (roundtable as number) > 0;
  if (roundtable !== undefined && !goodRoundtable)
    report.warn(`${path}.roundtable`, 'not a positive whole number; left out');
  const optional = {
    room: o.room,
    roundtable: goodRoundtable ? (roundtable as number) : undefined,
    chair: text(o.chair, `${path}.chair`, report),
    facilitator: text(o.facilitator, `${path}.facilitator`, report),
    description: text(o.description, `${path}.description`, report),
    continues: o.continues,
    url: url(o.url, `${path}.url`, report),
    format: format(o.format, `${path}.format`, report),
    joinUrl: httpLink(o.joinUrl, `${path}.joinUrl`, report),
    webcastUrl: httpLink(o.webcastUrl, `${path}.webcastUrl`, report),
    track: text(o.track, `${path}.track`, report),
  };
  if (optional.room !== undefined && !id(optional.room)) {
    report.warn(`${path}.room`, 'not a room id; left out');
    optional.room = undefined;
  }
  if (optional.continues !== undefined && !id(optional.continues)) {
    report.warn(`${path}.continues`, 'not a session id; left out');
    optional.continues = undefined;
  }
  return {
    id: o.id,
    kind,
    title,
    start: o.start as string,
    end: o.end as string,
    startMs,
    endMs,
    segments: list(o.segments, `${path}.segments`, report, (v, p) => segment(v, p, report)),
    organizers: people(o.organizers, `${path}.organizers`, report, (v, p) =>
      organizer(v, p, report),
    ),
    speakers: people(o.speakers, `${path}.speakers`, report, (v, p) => speaker(v, p, report)),
    objectives: objectiveNumbers(o.objectives, `${path}.objectives`, report),
    ...defined(optional as Partial<Session>),
  };
}

/** Keeps only the properties that have a value. */
function defined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function objectiveNumber(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= OBJECTIVE_COUNT;
}

function roundtable(value: unknown, path: string, report: WarningReport): Roundtable | undefined {
  const o = object(value, path, report);
  if (!o) return undefined;
  if (!Number.isInteger(o.number) || (o.number as number) < 1)
    return void report.warn(`${path}.number`, 'not a positive whole number; round table left out');
  const coChairs = list(o.coChairs, `${path}.coChairs`, report, (v, p) =>
    countryCode(v, p, report),
  );
  const objectives = objectiveNumbers(o.objectives, `${path}.objectives`, report);
  const session = id(o.session) ? o.session : undefined;
  if (o.session !== undefined && !session) report.warn(`${path}.session`, 'not a session id');
  const title = text(o.title, `${path}.title`, report);
  return {
    number: o.number as number,
    coChairs: [...new Set(coChairs)],
    objectives,
    ...defined({ session, title }),
  };
}

function objective(value: unknown, path: string, report: WarningReport): Objective | undefined {
  const o = object(value, path, report);
  if (!o) return undefined;
  if (!objectiveNumber(o.number))
    return void report.warn(
      `${path}.number`,
      `not a GCM objective number (1–${OBJECTIVE_COUNT}); objective left out`,
    );
  const title = text(o.title, `${path}.title`, report);
  if (!title) return void report.warn(`${path}.title`, 'missing; objective left out');
  return { number: o.number, title, ...defined({ short: text(o.short, `${path}.short`, report) }) };
}

function principle(
  value: unknown,
  path: string,
  report: WarningReport,
): GuidingPrinciple | undefined {
  const o = object(value, path, report);
  if (!o) return undefined;
  if (!id(o.id)) return void report.warn(`${path}.id`, 'missing; guiding principle left out');
  const title = text(o.title, `${path}.title`, report);
  if (!title) return void report.warn(`${path}.title`, 'missing; guiding principle left out');
  return { id: o.id, title };
}

function document_(value: unknown, path: string, report: WarningReport): ForumDocument | undefined {
  const o = object(value, path, report);
  if (!o) return undefined;
  const title = text(o.title, `${path}.title`, report);
  if (!title) return void report.warn(`${path}.title`, 'missing; document left out');
  const symbol = typeof o.symbol === 'string' && o.symbol.trim() ? o.symbol : undefined;
  return { title, ...defined({ symbol, url: url(o.url, `${path}.url`, report) }) };
}

/**
 * A country code, upper case. Two letters that the UN M49 list does not know
 * are kept, with a warning, and shown as they are (names come from M49 only);
 * anything else is left out.
 */
function countryCode(value: unknown, path: string, report: WarningReport): string | undefined {
  if (typeof value !== 'string' || !REGION_CODE.test(value)) {
    report.warn(path, 'not an ISO 3166-1 alpha-2 country code; left out');
    return undefined;
  }
  const code = value.toUpperCase();
  if (!isM49Code(code))
    report.warn(path, `${code} is not a country or area of the UN M49 list; shown as the code`);
  return code;
}

function country(value: unknown, path: string, report: WarningReport): string | undefined {
  return value === undefined ? undefined : countryCode(value, path, report);
}

function outcome(value: unknown, path: string, report: WarningReport): Outcome | undefined {
  if (value === undefined) return undefined;
  const o = object(value, path, report);
  if (!o) return undefined;
  const title = text(o.title, `${path}.title`, report);
  if (!title) return void report.warn(`${path}.title`, 'missing; outcome left out');
  const coFacilitators = list(o.coFacilitators, `${path}.coFacilitators`, report, (v, p) => {
    const f = object(v, p, report);
    const name = f && text(f.name, `${p}.name`, report);
    if (!f || !name) return undefined;
    const facilitator: CoFacilitator = {
      name,
      ...defined({
        country: country(f.country, `${p}.country`, report),
        role: text(f.role, `${p}.role`, report),
      }),
    };
    return facilitator;
  });
  const appointed = isDate(o.appointed) ? o.appointed : undefined;
  if (o.appointed !== undefined && !appointed)
    report.warn(`${path}.appointed`, 'not a date (YYYY-MM-DD)');
  const session = id(o.session) ? o.session : undefined;
  const document =
    o.document === undefined ? undefined : document_(o.document, `${path}.document`, report);
  return { title, coFacilitators, ...defined({ session, appointed, document }) };
}

function participation(
  value: unknown,
  path: string,
  report: WarningReport,
): Participation | undefined {
  const o = object(value, path, report);
  if (!o) return undefined;
  const title = text(o.title, `${path}.title`, report);
  if (!title) return void report.warn(`${path}.title`, 'missing; left out');
  if (o.kind !== undefined && typeof o.kind !== 'string') report.warn(`${path}.kind`, 'not a text');
  const kind = (PARTICIPATION_KINDS as readonly unknown[]).includes(o.kind)
    ? (o.kind as ParticipationKind)
    : 'other';
  return {
    kind,
    title,
    ...defined({
      description: text(o.description, `${path}.description`, report),
      url: url(o.url, `${path}.url`, report),
    }),
  };
}

/** Checks the references between parts, now that every part is known. */
function link(
  sessions: Session[],
  rooms: Room[],
  roundtables: Roundtable[],
  report: WarningReport,
): { sessions: Session[]; roundtables: Roundtable[] } {
  const roomIds = new Set(rooms.map((r) => r.id));
  const sessionIds = new Set(sessions.map((s) => s.id));
  const tableNumbers = new Set(roundtables.map((r) => r.number));
  const linked = sessions.map((s, i) => {
    const fixed: { -readonly [K in keyof Session]?: Session[K] } = { ...s };
    if (s.room !== undefined && !roomIds.has(s.room)) {
      report.warn(`sessions[${i}].room`, `no room has the id ${JSON.stringify(s.room)}`);
      delete fixed.room;
    }
    if (s.continues !== undefined && (s.continues === s.id || !sessionIds.has(s.continues))) {
      report.warn(
        `sessions[${i}].continues`,
        `no other session has the id ${JSON.stringify(s.continues)}`,
      );
      delete fixed.continues;
    }
    if (s.roundtable !== undefined && !tableNumbers.has(s.roundtable)) {
      report.warn(`sessions[${i}].roundtable`, `no round table has the number ${s.roundtable}`);
      delete fixed.roundtable;
    }
    return fixed as Session;
  });
  const tables = roundtables.map((t, i) => {
    if (t.session !== undefined && sessionIds.has(t.session)) return t;
    if (t.session !== undefined)
      report.warn(
        `roundtables[${i}].session`,
        `no session has the id ${JSON.stringify(t.session)}`,
      );
    // Without a valid link, the session that names this round table stands in.
    const session = linked.find((s) => s.roundtable === t.number)?.id;
    const { session: _dropped, ...rest } = t;
    return session ? { ...rest, session } : rest;
  });
  return { sessions: linked, roundtables: tables };
}

/** Results by input object: an object is read once, however many elements show it. */
const validated = new WeakMap<object, ValidationResult>();

/**
 * Validates a parsed JSON value against the forum contract, version 1. An
 * object is validated once: the same object again gets the same result (to
 * change the data, pass a new object, as the elements' `data` asks anyway).
 * @throws ForumDataError when the value is not a forum at all.
 */
export function validateForum(input: unknown): ValidationResult {
  const known = typeof input === 'object' && input !== null ? validated.get(input) : undefined;
  if (known) return known;
  const result = validate(input);
  validated.set(input as object, result);
  return result;
}

function validate(input: unknown): ValidationResult {
  if (!isRecord(input)) {
    const what = Array.isArray(input) ? 'a list' : input === null ? 'null' : `a ${typeof input}`;
    throw new ForumDataError('not-forum', `expected a JSON object, got ${what}`);
  }
  if (!Array.isArray(input.sessions))
    throw new ForumDataError('not-forum', 'the data has no "sessions" list');

  const report = new WarningReport();
  let version = FORUM_VERSION;
  if (input.version !== FORUM_VERSION) {
    if (Number.isInteger(input.version) && (input.version as number) > FORUM_VERSION) {
      version = input.version as number;
      report.warn(
        'version',
        `version ${version} is newer than this widget reads (1); unknown fields are ignored`,
      );
    } else report.warn('version', 'missing or not 1; read as version 1');
  }

  const forumId = id(input.id) ? input.id : 'forum';
  if (!id(input.id)) report.warn('id', 'missing or not a text; "forum" is used');
  const shortTitle = text(input.shortTitle, 'shortTitle', report);
  let title = text(input.title, 'title', report);
  if (!title) {
    report.warn('title', 'missing');
    title = shortTitle ?? forumId;
  }
  let timeZone = 'UTC';
  if (isTimeZone(input.timeZone)) timeZone = input.timeZone;
  else report.warn('timeZone', 'not an IANA time zone; times are shown in UTC');
  let timeZoneName = text(input.timeZoneName, 'timeZoneName', report);
  if (timeZoneName !== undefined && timeZone !== input.timeZone) {
    report.warn('timeZoneName', 'left out: it names a time zone that is not used');
    timeZoneName = undefined;
  }

  const rooms = unique(
    list(input.rooms, 'rooms', report, (v, p) => room(v, p, report)),
    (r) => r.id,
    'rooms',
    report,
  );
  const rawSessions = unique(
    list(input.sessions, 'sessions', report, (v, p) => session(v, p, report)),
    (s) => s.id,
    'sessions',
    report,
  );
  const rawTables = unique(
    list(input.roundtables, 'roundtables', report, (v, p) => roundtable(v, p, report)),
    (r) => r.number,
    'roundtables',
    report,
  );
  const { sessions, roundtables } = link(rawSessions, rooms, rawTables, report);
  const roomOrder = new Map(rooms.map((r, i) => [r.id, i]));
  sessions.sort(
    (a, b) =>
      a.startMs - b.startMs ||
      a.endMs - b.endMs ||
      (roomOrder.get(a.room ?? '') ?? Infinity) - (roomOrder.get(b.room ?? '') ?? Infinity),
  );
  roundtables.sort((a, b) => a.number - b.number);

  const objectives = unique(
    list(input.objectives, 'objectives', report, (v, p) => objective(v, p, report)),
    (o) => o.number,
    'objectives',
    report,
  ).sort((a, b) => a.number - b.number);
  const guidingPrinciples = unique(
    list(input.guidingPrinciples, 'guidingPrinciples', report, (v, p) => principle(v, p, report)),
    (g) => g.id,
    'guidingPrinciples',
    report,
  );
  const documents = list(input.documents, 'documents', report, (v, p) => document_(v, p, report));
  const ways = list(input.participation, 'participation', report, (v, p) =>
    participation(v, p, report),
  );
  const result = outcome(input.outcome, 'outcome', report);
  if (result?.session !== undefined && !sessions.some((s) => s.id === result.session)) {
    report.warn('outcome.session', `no session has the id ${JSON.stringify(result.session)}`);
    delete (result as { session?: string }).session;
  }

  const forum: Forum = {
    version,
    id: forumId,
    title,
    timeZone,
    rooms,
    sessions,
    roundtables,
    objectives,
    guidingPrinciples,
    documents,
    participation: ways,
    ...defined({
      shortTitle,
      timeZoneName,
      venue: text(input.venue, 'venue', report),
      url: url(input.url, 'url', report),
      chair: text(input.chair, 'chair', report),
      outcome: result,
    }),
  };
  return { forum, warnings: report.done() };
}
