import { fill, type Catalog } from './catalog.js';
import { isTimeZone } from '../data/validate.js';
import { dateTimeFormat, dayKey, formatTimeRange, zoneName } from './format.js';

/** A fixed-offset zone, whose sign is the POSIX one: `Etc/GMT-2` is UTC+2. */
const FIXED = /^Etc\/GMT([+-])(\d{1,2})$/;

/**
 * The place of an IANA zone as people say it: `America/New_York` → `New York`;
 * a fixed offset (a programme that named no zone) as `UTC+2`.
 */
export function zonePlace(timeZone: string): string {
  const fixed = FIXED.exec(timeZone);
  if (fixed) return `UTC${fixed[1] === '-' ? '+' : '-'}${fixed[2]}`;
  if (/^Etc\/(UTC|GMT|UCT|Universal|Zulu)$/.test(timeZone)) return 'UTC';
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** "New York time (EDT)" at an instant, in the catalog's language; `UTC`, `UTC+2` for fixed offsets. */
export function describeZone(timeZone: string, at: number, locale: string, t: Catalog): string {
  if (timeZone === 'UTC' || timeZone.startsWith('Etc/')) return zonePlace(timeZone);
  return fill(t.common.zoneTime, {
    place: zonePlace(timeZone),
    zone: zoneName(at, locale, timeZone),
  });
}

/** The `time-zone` value that means the visitor's own zone. */
export const LOCAL_ZONE = 'local';

let local: string | undefined;

/** The visitor's IANA time zone. */
export function localZone(): string {
  return (local ??= new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

/**
 * The zone to show times in: the forum's when `value` is empty or unknown,
 * the visitor's for `local`, else `value` (an IANA zone).
 */
export function resolveZone(value: string | null | undefined, forumZone: string): string {
  if (value === LOCAL_ZONE) return localZone();
  return value && isTimeZone(value) ? value : forumZone;
}

const DATED: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
};

/**
 * A session's time in the zone shown: "10:00 – 13:00" when it starts and
 * ends on the forum's day there too, else with its dates ("Wed 18 May,
 * 23:00 – Thu 19 May, 02:00"), so a shift to another day is never silent.
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
    : dateTimeFormat(locale, zone, DATED).formatRange(start, end);
}
