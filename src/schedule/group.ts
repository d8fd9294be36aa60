import type { Session } from '../data/types.js';
import { dayKey } from '../i18n/format.js';

/** The sessions of one calendar day of the forum. */
export interface Day {
  /** The date in the forum's zone, YYYY-MM-DD. */
  readonly key: string;
  readonly sessions: readonly Session[];
}

/**
 * Groups sessions (already sorted by start) by their calendar day in the
 * forum's time zone, so a day stays a day whatever zone times are shown in.
 */
export function groupByDay(sessions: readonly Session[], timeZone: string): Day[] {
  const days: { key: string; sessions: Session[] }[] = [];
  for (const session of sessions) {
    const key = dayKey(session.startMs, timeZone);
    const last = days[days.length - 1];
    if (last?.key === key) last.sessions.push(session);
    else days.push({ key, sessions: [session] });
  }
  return days;
}
