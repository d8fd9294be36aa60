/**
 * Forum days: the calendar date of an instant in a zone, and whole days
 * between two dates. Pure; shared by the elements that follow the clock.
 */
import { dayKey, remember } from '../i18n/format.js';

// Every zone offset in use is a multiple of 15 minutes, so the date cannot
// change inside a quarter hour: one Intl call per quarter hour and zone.
const QUARTER_HOUR = 15 * 60 * 1000;
const days = new Map<string, string>();

/** The calendar date (YYYY-MM-DD) of an instant in a zone; memoized. */
export function dayIn(ms: number, timeZone: string): string {
  const key = `${Math.floor(ms / QUARTER_HOUR)}|${timeZone}`;
  return remember(days, key, () => dayKey(ms, timeZone), 50_000);
}

/** Whole days from date `from` to date `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
