/**
 * Where "now" stands in the programme: the sessions in progress, the next
 * ones, and how many days until the forum starts. Pure: the clock is passed in.
 */
import type { Session } from '../data/types.js';
import { parseDateTime } from '../data/date-time.js';
import { dayIn, daysBetween } from './days.js';

export interface Timeline {
  /** The instant this timeline is for, epoch milliseconds. */
  readonly now: number;
  /** Sessions in progress (start ≤ now < end). */
  readonly live: ReadonlySet<Session>;
  /** The sessions that start next (several when they start together). */
  readonly next: ReadonlySet<Session>;
  /**
   * Sessions with a join or webcast link that is worth following now: from
   * `LINK_LEAD` before their start to their end.
   */
  readonly open: ReadonlySet<Session>;
  /** Before the forum: whole days (in the forum's zone) until its first day; else undefined. */
  readonly startsIn?: number;
  /** Changes exactly when what the schedule shows about "now" changes. */
  readonly key: string;
}

/** Join and Watch links come forward this long before a session starts: 15 minutes. */
export const LINK_LEAD = 15 * 60_000;

/** The instant of an RFC 3339 `now` attribute, or undefined when it is absent or not valid. */
export function parseNow(value: string | null | undefined): number | undefined {
  const ms = parseDateTime(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The timeline of `sessions` (sorted by start) at `now`. */
export function timeline(sessions: readonly Session[], now: number, timeZone: string): Timeline {
  const live = new Set<Session>();
  const next = new Set<Session>();
  let nextStart = Infinity;
  for (const session of sessions) {
    if (session.startMs <= now) {
      if (now < session.endMs) live.add(session);
    } else if (session.startMs <= nextStart) {
      nextStart = session.startMs;
      next.add(session);
    } else break;
  }
  const open = new Set<Session>();
  for (const session of sessions) {
    if (session.startMs - LINK_LEAD > now) break;
    if (now < session.endMs && (session.joinUrl || session.webcastUrl)) open.add(session);
  }
  const first = sessions[0];
  const startsIn =
    first && now < first.startMs
      ? daysBetween(dayIn(now, timeZone), dayIn(first.startMs, timeZone))
      : undefined;
  const ids = (set: ReadonlySet<Session>) => [...set].map((s) => s.id).join(' ');
  // Sessions that end move to the past: count them too.
  const past = sessions.reduce((n, s) => n + (s.endMs <= now ? 1 : 0), 0);
  const key = `${ids(live)}|${ids(next)}|${ids(open)}|${startsIn}|${past}`;
  return { now, live, next, open, startsIn, key };
}
