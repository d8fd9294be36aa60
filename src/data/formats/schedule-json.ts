/**
 * Programmes from other systems: the conference "schedule.json" interchange
 * format that frab, pretalx and the tools around them export (the c3voc schema,
 * https://github.com/voc/schedule/tree/master/validator/json), converted to the
 * forum contract. Pure: no DOM, no network, never throws. What cannot be mapped
 * is left out and reported as a warning whose path points into the
 * schedule.json file (`schedule.conference.days[0].rooms["Hall A"][2].duration`).
 *
 * Detection (`isScheduleJson`, in ./detect.ts) explains why no `format`
 * attribute is needed.
 */
import { safeUrl } from '../safe-url.js';
import type {
  ForumInput,
  LocalizedText,
  RoomInput,
  SessionInput,
  ValidationWarning,
} from '../types.js';
import { isTimeZone } from '../date-time.js';
import { WarningReport } from '../warnings.js';
import { isScheduleJson } from './detect.js';
import { toRfc3339, zonedToInstant } from './zoned-time.js';

/** A person on a session, as the contract's `speakers` has them. */
export interface SpeakerInput {
  name: string;
  role?: LocalizedText;
  affiliation?: LocalizedText;
}

/** A session converted from a schedule.json event. */
export interface ScheduleSessionInput extends SessionInput {
  /** The event's track, a visible label. */
  track?: LocalizedText;
  speakers?: SpeakerInput[];
}

/** The forum document a schedule.json file converts to. */
export interface ScheduleForumInput extends Omit<ForumInput, 'sessions' | 'rooms'> {
  rooms: RoomInput[];
  sessions: ScheduleSessionInput[];
}

export interface ScheduleConversion {
  readonly forum: ScheduleForumInput;
  readonly warnings: readonly ValidationWarning[];
}

/** Events longer than this are left out, with a warning (31 days). */
export const MAX_EVENT_MS = 31 * 24 * 3600 * 1000;
/** Persons after this many on one event are left out, with a warning. */
export const MAX_SPEAKERS = 100;

/**
 * The session kind for an event's type (or, when the type says nothing, its
 * track). The first rule that matches wins; anything else is `other`.
 */
const KIND_RULES: readonly (readonly [RegExp, string])[] = [
  [/side[\s_-]*event/i, 'side-event'],
  [/round[\s_-]*table/i, 'roundtable'],
  [/hearing|consultation/i, 'hearing'],
  [/debate|\bpanel\b/i, 'policy-debate'],
  [/plenary|plenum|keynote/i, 'plenary'],
];

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export { isScheduleJson, type ScheduleJsonDocument } from './detect.js';

/** A non-blank string, trimmed; undefined for anything else. */
function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function entity(match: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? match;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : match;
}

/**
 * Text as plain text: exporters write Markdown (kept: it reads well as it is)
 * or HTML (tags dropped, block ends kept as line breaks, entities decoded).
 */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/\r\n?/g, '\n')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, entity)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}

const DURATION = /^(\d{1,4}):([0-5]\d)(?::([0-5]\d))?$/;

/** "00:30", "1:30" or "01:30:00" as milliseconds; NaN for anything else. */
export function parseDuration(value: unknown): number {
  const m = typeof value === 'string' ? DURATION.exec(value.trim()) : null;
  return m ? ((+m[1]! * 60 + +m[2]!) * 60 + +(m[3] ?? 0)) * 1000 : NaN;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** The instant of a date-time; one without an offset is on the clock of `timeZone`. */
export function parseInstant(value: unknown, timeZone: string): number {
  const m = typeof value === 'string' ? DATE_TIME.exec(value.trim()) : null;
  if (!m) return NaN;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((part) => +(part ?? 0)) as number[];
  if (!validWallClock(y!, mo!, d!, h!, mi!, s!)) return NaN;
  const zone = m[7];
  if (zone === undefined) return zonedToInstant(y!, mo!, d!, h!, mi!, s!, timeZone);
  const local = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  if (zone === 'Z' || zone === 'z') return local;
  const digits = zone.replace(':', '');
  const offset = (+digits.slice(1, 3) * 60 + +digits.slice(3, 5)) * 60000;
  if (+digits.slice(1, 3) > 23 || +digits.slice(3, 5) > 59) return NaN;
  return digits[0] === '-' ? local + offset : local - offset;
}

function validWallClock(y: number, mo: number, d: number, h: number, mi: number, s: number) {
  if (y < 1000 || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return false;
  return d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** The offset written in a date-time, in minutes (east positive); NaN without one. */
function offsetOf(value: unknown): number {
  const m = typeof value === 'string' ? DATE_TIME.exec(value.trim()) : null;
  const zone = m?.[7];
  if (!zone || Number.isNaN(parseInstant(value, 'UTC'))) return NaN;
  if (zone === 'Z' || zone === 'z') return 0;
  const digits = zone.replace(':', '');
  const minutes = +digits.slice(1, 3) * 60 + +digits.slice(3, 5);
  return digits[0] === '-' ? -minutes : minutes;
}

/** The IANA zone that shows a fixed offset (`Etc/GMT-2` is UTC+2), if there is one. */
function zoneForOffset(offsetMinutes: number): string | undefined {
  if (Number.isNaN(offsetMinutes)) return undefined;
  if (offsetMinutes === 0) return 'UTC';
  if (offsetMinutes % 60 !== 0 || offsetMinutes > 14 * 60 || offsetMinutes < -12 * 60) return;
  const hours = offsetMinutes / 60;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/** A room id from its name: `Hall A` → `hall-a`. */
function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'room';
}

/** A path segment for a room name, quoted and cut so one name cannot swamp a warning. */
const roomKey = (name: string) =>
  `[${JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name)}]`;

/** The conference's time zone, or the fixed offset of its first event, or UTC. */
function timeZoneOf(conference: Json, report: WarningReport): string {
  const path = 'schedule.conference.time_zone_name';
  const name = conference.time_zone_name;
  if (isTimeZone(name)) return name;
  if (name !== undefined && name !== null) report.warn(path, 'not an IANA time zone');
  const days = Array.isArray(conference.days) ? conference.days : [];
  for (const day of days) {
    if (!isRecord(day) || !isRecord(day.rooms)) continue;
    for (const events of Object.values(day.rooms)) {
      if (!Array.isArray(events)) continue;
      for (const event of events) {
        const zone = isRecord(event) ? zoneForOffset(offsetOf(event.date)) : undefined;
        if (zone) {
          report.warn(path, `missing; times are shown at the offset of the first event (${zone})`);
          return zone;
        }
      }
    }
  }
  report.warn(path, 'missing; times are shown in UTC');
  return 'UTC';
}

interface Context {
  readonly timeZone: string;
  readonly baseUrl?: string;
  readonly report: WarningReport;
  readonly ids: Set<string>;
  /** Room name → room id. */
  readonly rooms: Map<string, string>;
  readonly roomIds: Set<string>;
  readonly unknownTypes: Set<string>;
}

function start(event: Json, day: Json, path: string, ctx: Context): number {
  if (event.date !== undefined && event.date !== null) {
    const ms = parseInstant(event.date, ctx.timeZone);
    if (!Number.isNaN(ms)) return ms;
    ctx.report.warn(`${path}.date`, 'not a date-time; the day and "start" are used');
  }
  const date = typeof day.date === 'string' ? DATE.exec(day.date) : null;
  const clock = typeof event.start === 'string' ? CLOCK.exec(event.start.trim()) : null;
  if (!date || !clock) return NaN;
  const [y, mo, d] = date.slice(1).map(Number) as [number, number, number];
  const [h, mi, s] = clock.slice(1).map((part) => +(part ?? 0)) as [number, number, number];
  if (!validWallClock(y, mo, d, h, mi, s)) return NaN;
  let ms = zonedToInstant(y, mo, d, h, mi, s, ctx.timeZone);
  // After midnight but before the day's start: the small hours of the next date.
  const dayStart = parseInstant(day.day_start, ctx.timeZone);
  if (ms < dayStart) {
    const next = new Date(Date.UTC(y, mo - 1, d + 1));
    ms = zonedToInstant(
      next.getUTCFullYear(),
      next.getUTCMonth() + 1,
      next.getUTCDate(),
      h,
      mi,
      s,
      ctx.timeZone,
    );
  }
  return ms;
}

function kindOf(event: Json, path: string, ctx: Context): string {
  for (const value of [event.type, event.track]) {
    const label = str(value);
    const rule = label && KIND_RULES.find(([pattern]) => pattern.test(label));
    if (rule) return rule[1];
  }
  const type = str(event.type);
  if (type && type.toLowerCase() !== 'other' && !ctx.unknownTypes.has(type)) {
    ctx.unknownTypes.add(type);
    ctx.report.warn(
      `${path}.type`,
      `${JSON.stringify(type.slice(0, 80))} is not a session kind; such events are shown as "other"`,
    );
  }
  return 'other';
}

function speakers(value: unknown, path: string, report: WarningReport): SpeakerInput[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return (report.warn(path, 'not a list; left out'), []);
  const out: SpeakerInput[] = [];
  value.forEach((person, i) => {
    const name = isRecord(person) ? (str(person.public_name) ?? str(person.name)) : undefined;
    if (!name) report.warn(`${path}[${i}]`, 'no name; left out');
    else if (out.length === MAX_SPEAKERS)
      report.warn(`${path}[${i}]`, `more than ${MAX_SPEAKERS} persons; left out`);
    else out.push({ name });
  });
  return out;
}

function idOf(event: Json): string | undefined {
  for (const value of [event.guid, event.id, event.code, event.slug]) {
    const id =
      typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : str(value);
    if (id && id.length <= 200) return id;
  }
  return undefined;
}

function roomId(name: string, ctx: Context): string {
  let id = ctx.rooms.get(name);
  if (id === undefined) {
    const base = slug(name);
    id = base;
    for (let n = 2; ctx.roomIds.has(id); n++) id = `${base}-${n}`;
    ctx.rooms.set(name, id);
    ctx.roomIds.add(id);
  }
  return id;
}

function session(
  event: unknown,
  day: Json,
  roomName: string,
  path: string,
  fallbackId: string,
  ctx: Context,
): ScheduleSessionInput | undefined {
  const { report } = ctx;
  if (!isRecord(event)) return void report.warn(path, 'not an object; left out');
  const title = str(event.title);
  if (!title) return void report.warn(`${path}.title`, 'missing; event left out');
  const startMs = start(event, day, path, ctx);
  if (Number.isNaN(startMs))
    return void report.warn(
      `${path}.start`,
      'no start time (neither "date" nor the day and "start"); event left out',
    );
  let endMs =
    event.end === undefined || event.end === null ? NaN : parseInstant(event.end, ctx.timeZone);
  if (Number.isNaN(endMs)) {
    const duration = parseDuration(event.duration);
    if (Number.isNaN(duration))
      return void report.warn(`${path}.duration`, 'not a duration (hh:mm); event left out');
    endMs = startMs + duration;
  }
  if (endMs <= startMs)
    return void report.warn(`${path}.duration`, 'no time at all; event left out');
  if (endMs - startMs > MAX_EVENT_MS)
    return void report.warn(`${path}.duration`, 'longer than 31 days; event left out');
  const id = idOf(event) ?? fallbackId;
  if (ctx.ids.has(id))
    return void report.warn(
      path,
      `the same event as an earlier one (${JSON.stringify(id.slice(0, 80))}); left out`,
    );
  ctx.ids.add(id);

  const room = str(roomName) ?? str(event.room);
  const url = link(event.url, ctx.baseUrl);
  if (event.url !== undefined && event.url !== null && str(event.url) && !url)
    report.warn(`${path}.url`, 'not an http: or https: link; left out');
  const subtitle = plainText(event.subtitle);
  const abstract = plainText(event.abstract);
  const more = plainText(event.description);
  const description = [subtitle, abstract, more !== abstract ? more : undefined]
    .filter(Boolean)
    .join('\n\n');
  const people = speakers(event.persons, `${path}.persons`, report);
  const track = str(event.track);
  return {
    id,
    kind: kindOf(event, path, ctx),
    title,
    start: toRfc3339(startMs, ctx.timeZone),
    end: toRfc3339(endMs, ctx.timeZone),
    ...(room && { room: roomId(room, ctx) }),
    ...(description && { description }),
    ...(url && { url }),
    ...(people.length > 0 && { speakers: people }),
    ...(track && { track }),
  };
}

/** An http(s) link, relative ones resolved against the schedule's `base_url`. */
function link(value: unknown, baseUrl?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  let absolute = value.trim();
  try {
    if (baseUrl) absolute = new URL(absolute, baseUrl).href;
  } catch {
    return undefined;
  }
  const safe = safeUrl(absolute);
  return safe && !safe.startsWith('mailto:') ? safe : undefined;
}

/** Converts a schedule.json document to a forum document; never throws. */
export function fromScheduleJson(doc: unknown): ScheduleConversion {
  const report = new WarningReport();
  if (!isScheduleJson(doc)) {
    report.warn('schedule.conference', 'missing; not a schedule.json document');
    const forum = {
      version: 1 as const,
      id: 'schedule',
      title: 'schedule',
      timeZone: 'UTC',
      rooms: [],
      sessions: [],
    };
    return { forum, warnings: report.done() };
  }
  const schedule = doc.schedule as Json;
  const conference = schedule.conference as Json;
  const base = safeUrl(schedule.base_url);
  const ctx: Context = {
    timeZone: timeZoneOf(conference, report),
    ...(base && !base.startsWith('mailto:') && { baseUrl: base }),
    report,
    ids: new Set(),
    rooms: new Map(),
    roomIds: new Set(),
    unknownTypes: new Set(),
  };
  // The conference's own room order first; rooms are kept only if an event uses them.
  if (Array.isArray(conference.rooms))
    for (const room of conference.rooms) {
      const name = isRecord(room) ? str(room.name) : str(room);
      if (name) roomId(name, ctx);
    }

  const sessions: ScheduleSessionInput[] = [];
  const days = conference.days;
  if (!Array.isArray(days)) report.warn('schedule.conference.days', 'not a list; no events');
  else
    days.forEach((day, d) => {
      const path = `schedule.conference.days[${d}]`;
      if (!isRecord(day)) return report.warn(path, 'not an object; left out');
      if (!isRecord(day.rooms))
        return report.warn(`${path}.rooms`, 'not an object of room names to events; left out');
      Object.entries(day.rooms).forEach(([name, events], r) => {
        const roomPath = `${path}.rooms${roomKey(name)}`;
        if (!Array.isArray(events)) return report.warn(roomPath, 'not a list of events; left out');
        events.forEach((event, i) => {
          const converted = session(
            event,
            day,
            name,
            `${roomPath}[${i}]`,
            `event-${d}-${r}-${i}`,
            ctx,
          );
          if (converted) sessions.push(converted);
        });
      });
    });

  const used = new Set(sessions.map((s) => s.room));
  const rooms: RoomInput[] = [...ctx.rooms]
    .filter(([, id]) => used.has(id))
    .map(([name, id]) => ({ id, name }));
  const id = str(conference.acronym);
  const title = str(conference.title) ?? id;
  if (!title) report.warn('schedule.conference.title', 'missing');
  const url = link(conference.url);
  const forum: ScheduleForumInput = {
    version: 1,
    id: id && id.length <= 200 ? id : 'schedule',
    title: title ?? 'Programme',
    timeZone: ctx.timeZone,
    rooms,
    sessions,
    ...(url && { url }),
  };
  return { forum, warnings: report.done() };
}
