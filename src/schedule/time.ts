/**
 * Time zones of the schedule: which zone times are shown in, the forum day
 * of an instant, and session times that say their date whenever the shown
 * zone puts them on another day than the forum's. Pure; formatters cached.
 */
import { dayIn } from '../base/days.js';
import { dateTimeFormat, formatTimeRange } from '../i18n/format.js';

export { dayIn, daysBetween } from '../base/days.js';

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

const byForum = new WeakMap<object, Map<string, SessionTimes>>();

/**
 * The session times of one forum's data in a language and zone, shared by
 * every render and element that shows that data (formatting a range is the
 * dearest Intl call of a render).
 */
export function sessionTimes(forum: object, locale: string, timeZone: string): SessionTimes {
  let forForum = byForum.get(forum);
  if (!forForum) byForum.set(forum, (forForum = new Map()));
  const key = `${locale}|${timeZone}`;
  let times = forForum.get(key);
  if (!times) forForum.set(key, (times = new SessionTimes(locale, timeZone)));
  return times;
}

/** Session times, formatted once per session for one language and zone. */
export class SessionTimes {
  private readonly cache = new Map<object, string>();
  constructor(
    readonly locale: string,
    readonly timeZone: string,
  ) {}

  private readonly texts = new Map<string, string>();

  /** Another text of this data in this language, made once (`key` names it). */
  text(key: string, make: () => string): string {
    let text = this.texts.get(key);
    if (text === undefined) this.texts.set(key, (text = make()));
    return text;
  }

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
