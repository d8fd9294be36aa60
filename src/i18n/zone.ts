import { fill, type Catalog } from './catalog.js';
import { dayKey, formatDayTimeRange, formatTimeRange, zoneName } from './format.js';

/** The place of an IANA zone as people say it: `America/New_York` → `New York`. */
export function zonePlace(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** "New York time (EDT)" at an instant, in the catalog's language. */
export function describeZone(timeZone: string, at: number, locale: string, t: Catalog): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  return fill(t.common.zoneTime, {
    place: zonePlace(timeZone),
    zone: zoneName(at, locale, timeZone),
  });
}

/** The `time-zone` value that stands for the visitor's own zone. */
export const LOCAL_ZONE = 'local';

/** True when Intl knows the IANA time zone. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone to show times in, from a `time-zone` attribute: `local` is the
 * visitor's zone, a known IANA zone is itself, and anything else (or nothing)
 * is the forum's zone.
 */
export function shownZone(value: string | null | undefined, forumZone: string): string {
  const wanted = value?.trim();
  if (!wanted) return forumZone;
  if (wanted.toLowerCase() === LOCAL_ZONE)
    return new Intl.DateTimeFormat().resolvedOptions().timeZone ?? forumZone;
  return isTimeZone(wanted) ? wanted : forumZone;
}

/**
 * A session's time in the zone shown: "10:00 – 13:00" when it falls on the
 * forum's day there too, else with its dates ("Wed 18 May, 23:00 – Thu 19 May,
 * 02:00"), so a shift to another day is never silent.
 */
export function formatShownTime(
  start: number,
  end: number,
  locale: string,
  forumZone: string,
  zone: string,
): string {
  const day = dayKey(start, forumZone);
  return dayKey(start, zone) === day && dayKey(end, zone) === day
    ? formatTimeRange(start, end, locale, zone)
    : formatDayTimeRange(start, end, locale, zone);
}
