/**
 * Time zones of the schedule: which zone times are shown in, the forum day
 * of an instant, and session times that say their date whenever the shown
 * zone puts them on another day than the forum's. Pure; formatters cached.
 */
import { dateTimeFormat, dayKey, formatTimeRange } from '../i18n/format.js';

// Every zone offset in use is a multiple of 15 minutes, so the date cannot
// change inside a quarter hour: one Intl call per quarter hour and zone.
const QUARTER_HOUR = 15 * 60 * 1000;
const days = new Map<string, string>();

/** The calendar date (YYYY-MM-DD) of an instant in a zone; memoized. */
export function dayIn(ms: number, timeZone: string): string {
  const key = `${Math.floor(ms / QUARTER_HOUR)}|${timeZone}`;
  let day = days.get(key);
  if (day === undefined) {
    if (days.size > 50_000) days.clear();
    days.set(key, (day = dayKey(ms, timeZone)));
  }
  return day;
}

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DATED: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  ...TIME,
};

/**
 * "10:00 – 13:00"; with the date ("Tue, 17 May, 04:00 – 07:00") when the
 * start or the end falls on another date than `forumDay` in `timeZone`.
 */
export function formatWhen(
  start: number,
  end: number,
  forumDay: string,
  locale: string,
  timeZone: string,
): string {
  // An end at midnight belongs to the day before.
  const shifted = dayIn(start, timeZone) !== forumDay || dayIn(end - 1, timeZone) !== forumDay;
  return shifted
    ? dateTimeFormat(locale, timeZone, DATED).formatRange(start, end)
    : formatTimeRange(start, end, locale, timeZone);
}

/** "10:00", or with the date when it falls on another date than `forumDay`. */
export function formatStart(ms: number, forumDay: string, locale: string, timeZone: string) {
  const options = dayIn(ms, timeZone) === forumDay ? TIME : DATED;
  return dateTimeFormat(locale, timeZone, options).format(ms);
}

/** Whole days from date `from` to date `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Session times, formatted once per session for one language and zone. */
export class SessionTimes {
  private readonly cache = new Map<object, string>();
  constructor(
    readonly locale: string,
    readonly timeZone: string,
  ) {}

  /** The session's time (see `formatWhen`); `forumDay` is its day in the forum's zone. */
  get(session: { startMs: number; endMs: number }, forumDay: string): string {
    let text = this.cache.get(session);
    if (text === undefined) {
      text = formatWhen(session.startMs, session.endMs, forumDay, this.locale, this.timeZone);
      this.cache.set(session, text);
    }
    return text;
  }
}
