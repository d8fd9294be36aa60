/**
 * The programme's shape: the forum indexed once per data (days, rooms,
 * round tables, objectives), and the shown sessions grouped by forum day,
 * time slot and room. Pure.
 */
import {
  SESSION_KINDS,
  type Forum,
  type Room,
  type Roundtable,
  type Session,
  type SessionKind,
} from '../data/types.js';
import { onlineOnly } from '../i18n/session-text.js';
import { dayIn } from './time.js';

/** The column of online-only sessions on days with parallel sessions. */
export const ONLINE = 'online';
/** A column of a day: a room, online-only sessions, or sessions without a room (undefined). */
export type Column = Room | typeof ONLINE | undefined;

/** What the schedule looks up again and again, computed once per forum. */
export interface ForumIndex {
  readonly forum: Forum;
  /** The forum day (YYYY-MM-DD in the forum's zone) of every session. */
  readonly dayOf: ReadonlyMap<Session, string>;
  /** The forum days that have sessions, in order, each with its first start. */
  readonly days: ReadonlyMap<string, number>;
  readonly byId: ReadonlyMap<string, Session>;
  readonly rooms: ReadonlyMap<string, Room>;
  /** The rooms sessions use, in the forum's order. */
  readonly usedRooms: readonly Room[];
  /** The kinds sessions have, in the contract's order. */
  readonly kinds: readonly SessionKind[];
  /** When the last session ends, epoch milliseconds. */
  readonly end: number;
  /** The objective numbers that round tables review or sessions address, ascending. */
  readonly objectives: readonly number[];
  /** The round table a session holds, if any. */
  roundtableOf(session: Session): Roundtable | undefined;
}

const indexes = new WeakMap<Forum, ForumIndex>();

/** The forum's index: made once per forum, shared by every schedule that shows it. */
export function indexForum(forum: Forum): ForumIndex {
  let index = indexes.get(forum);
  if (!index) indexes.set(forum, (index = buildIndex(forum)));
  return index;
}

function buildIndex(forum: Forum): ForumIndex {
  const dayOf = new Map<Session, string>();
  const days = new Map<string, number>();
  const byId = new Map<string, Session>();
  const roomIds = new Set<string>();
  const kinds = new Set<SessionKind>();
  let end = -Infinity;
  for (const session of forum.sessions) {
    const day = dayIn(session.startMs, forum.timeZone);
    dayOf.set(session, day);
    if (!days.has(day)) days.set(day, session.startMs);
    byId.set(session.id, session);
    if (session.room) roomIds.add(session.room);
    kinds.add(session.kind);
    end = Math.max(end, session.endMs);
  }
  const tables = new Map(forum.roundtables.map((t) => [t.number, t]));
  const tableOfSession = new Map(forum.roundtables.map((t) => [t.session, t]));
  return {
    forum,
    dayOf,
    days,
    byId,
    rooms: new Map(forum.rooms.map((r) => [r.id, r])),
    usedRooms: forum.rooms.filter((r) => roomIds.has(r.id)),
    kinds: SESSION_KINDS.filter((k) => kinds.has(k)),
    end,
    objectives: [
      ...new Set([
        ...forum.roundtables.flatMap((t) => t.objectives),
        ...forum.sessions.flatMap((s) => s.objectives),
      ]),
    ].sort((a, b) => a - b),
    roundtableOf: (s) =>
      (s.roundtable === undefined ? undefined : tables.get(s.roundtable)) ??
      tableOfSession.get(s.id),
  };
}

/** Sessions that start at the same instant, one list per column of their day. */
export interface Slot {
  readonly start: number;
  readonly cells: readonly (readonly Session[])[];
}

/** One forum day of the shown programme. */
export interface DayGroup {
  /** YYYY-MM-DD in the forum's zone. */
  readonly key: string;
  /**
   * The day's columns when sessions run in parallel: its rooms, then online-only
   * sessions (`ONLINE`), then sessions without a room (undefined); else one
   * column (undefined) for every session.
   */
  readonly columns: readonly Column[];
  readonly parallel: boolean;
  readonly slots: readonly Slot[];
  /** How many sessions the day shows. */
  readonly size: number;
}

/** Groups shown sessions (sorted by start) by forum day, start time and room. */
export function groupDays(shown: readonly Session[], index: ForumIndex): DayGroup[] {
  const groups: DayGroup[] = [];
  for (let i = 0; i < shown.length; ) {
    const key = index.dayOf.get(shown[i]!)!;
    let j = i;
    while (j < shown.length && index.dayOf.get(shown[j]!) === key) j++;
    groups.push(groupDay(key, shown.slice(i, j), index));
    i = j;
  }
  return groups;
}

function groupDay(key: string, sessions: readonly Session[], index: ForumIndex): DayGroup {
  // Parallel: a session starts before an earlier one has ended.
  let parallel = false;
  let latestEnd = -Infinity;
  for (const s of sessions) {
    if (s.startMs < latestEnd) parallel = true;
    latestEnd = Math.max(latestEnd, s.endMs);
  }
  // Online-only sessions have a column of their own, never "Room not given".
  const columnOf = (s: Session): Column =>
    onlineOnly(s) ? ONLINE : s.room ? index.rooms.get(s.room) : undefined;
  let columns: Column[] = [undefined];
  if (parallel) {
    const used = new Set(sessions.map(columnOf));
    columns = index.usedRooms.filter((r) => used.has(r));
    if (used.has(ONLINE)) columns.push(ONLINE);
    if (used.has(undefined)) columns.push(undefined);
  }
  const column = new Map(columns.map((c, i) => [c, i]));
  const slots: { start: number; cells: Session[][] }[] = [];
  for (const s of sessions) {
    let slot = slots[slots.length - 1];
    if (slot?.start !== s.startMs)
      slots.push((slot = { start: s.startMs, cells: columns.map(() => []) }));
    slot.cells[parallel ? column.get(columnOf(s))! : 0]!.push(s);
  }
  return { key, columns, parallel, slots, size: sessions.length };
}

/**
 * The first slots of the programme that hold at least `limit` sessions (or
 * all of them): what a long programme renders before "Show more".
 */
export function firstSlots(
  days: readonly DayGroup[],
  limit: number,
): { days: DayGroup[]; count: number } {
  const out: DayGroup[] = [];
  let count = 0;
  for (const day of days) {
    if (count >= limit) break;
    if (count + day.size <= limit) {
      out.push(day);
      count += day.size;
      continue;
    }
    const slots: Slot[] = [];
    for (const slot of day.slots) {
      if (count >= limit) break;
      slots.push(slot);
      count += slot.cells.reduce((n, cell) => n + cell.length, 0);
    }
    out.push({ ...day, slots });
  }
  return { days: out, count };
}

/** How many time slots these days hold. */
export const slotCount = (days: readonly DayGroup[]): number =>
  days.reduce((n, day) => n + day.slots.length, 0);
