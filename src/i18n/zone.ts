import { fill, type Catalog } from './catalog.js';
import type { LocalizedText } from '../data/types.js';
import { isTimeZone } from '../data/date-time.js';
import { dateTimeFormat, dayKey, formatTimeRange, genericZoneName, zoneName } from './format.js';
import { matchLanguage } from './languages.js';
import { textIn } from './text.js';

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

/**
 * The place a zone's clock is named after, in the reader's language: the
 * data's name for it (`timeZoneName`) when it has that language, else the
 * IANA city in English, else undefined (the IANA city is English).
 */
function placeIn(timeZone: string, locale: string, names?: LocalizedText): string | undefined {
  const language = matchLanguage(locale);
  return textIn(names, language) ?? (language === 'en' ? zonePlace(timeZone) : undefined);
}

/**
 * The zone as a place for sentences like "the forum's days in {place}": the
 * named place, else Intl's localized name of the zone, else the IANA city.
 */
export function zonePlaceName(
  timeZone: string,
  at: number,
  locale: string,
  names?: LocalizedText,
): string {
  return (
    placeIn(timeZone, locale, names) ?? genericZoneName(at, locale, timeZone) ?? zonePlace(timeZone)
  );
}

/**
 * "New York time (EDT)", "بتوقيت نيويورك (غرينتش-4)" at an instant, in the
 * catalog's language. `names` are the data's names of this zone's place per
 * language (the forum's `timeZoneName`); a language they lack gets Intl's
 * localized generic name of the zone ("北美东部时间（GMT-4）") rather than
 * the English IANA city.
 */
export function describeZone(
  timeZone: string,
  at: number,
  locale: string,
  t: Catalog,
  names?: LocalizedText,
): string {
  // UTC, and fixed offsets (a programme that named no zone): `UTC`, `UTC+2`.
  if (timeZone === 'UTC' || timeZone.startsWith('Etc/')) return zonePlace(timeZone);
  const zone = zoneName(at, locale, timeZone);
  const place = placeIn(timeZone, locale, names);
  if (place !== undefined) return fill(t.common.zoneTime, { place, zone });
  const name = genericZoneName(at, locale, timeZone);
  if (name === undefined || name === zone)
    return fill(t.common.zoneTime, { place: zonePlace(timeZone), zone });
  return fill(t.common.zoneGeneric, { name, zone });
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
