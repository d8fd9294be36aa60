/**
 * What the status card says at an instant: before the forum (how many days
 * to go), during it (what is live, what is next) or after it. Pure: the
 * clock is passed in.
 */
import { timeline } from '../base/now.js';
import { safeUrl } from '../data/safe-url.js';
import type { Session } from '../data/types.js';

export type CardState =
  | { readonly phase: 'none' }
  | {
      readonly phase: 'before';
      /** Whole days, in the forum's zone, until its first day (0 on that day). */
      readonly startsIn: number;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly phase: 'during';
      readonly live: readonly Session[];
      readonly next: readonly Session[];
    }
  | { readonly phase: 'after'; readonly end: number };

/** The card's state for `sessions` (sorted by start) at `now`, days counted in `timeZone`. */
export function cardState(sessions: readonly Session[], now: number, timeZone: string): CardState {
  const first = sessions[0];
  if (!first) return { phase: 'none' };
  const end = sessions.reduce((last, s) => Math.max(last, s.endMs), -Infinity);
  if (now >= end) return { phase: 'after', end };
  const line = timeline(sessions, now, timeZone);
  if (now < first.startMs)
    return {
      phase: 'before',
      startsIn: Math.max(line.startsIn ?? 0, 0),
      start: first.startMs,
      end,
    };
  return { phase: 'during', live: [...line.live], next: [...line.next] };
}

/**
 * Changes when what is happening changes (the phase, the live or the next
 * sessions), never with the passing minutes or days: the card is announced
 * only when this changes.
 */
export function announcementKey(state: CardState): string {
  const ids = (sessions: readonly Session[]) => sessions.map((s) => s.id).join(' ');
  return state.phase === 'during' ? `during|${ids(state.live)}|${ids(state.next)}` : state.phase;
}

/** Changes whenever what the card shows changes: the announcement key and the days to go. */
export function renderKey(state: CardState): string {
  return state.phase === 'before' ? `before|${state.startsIn}` : announcementKey(state);
}

/**
 * A session's webcast link: `webcastUrl` when the data has a safe one. Read
 * defensively: the field is optional and may come from a newer contract.
 */
export function webcastOf(session: Session): string | undefined {
  return safeUrl((session as { webcastUrl?: unknown }).webcastUrl);
}
