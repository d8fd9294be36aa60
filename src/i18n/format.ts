/**
 * Dates, times, numbers and lists through Intl, with every formatter built
 * once per locale, zone and options and then reused: constructing Intl
 * formatters is far slower than using them. (Country names are UN M49 names
 * from ./countries.ts, never Intl's.)
 */
type Formatter = Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

/** A cached Intl.DateTimeFormat. */
export function dateTimeFormat(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(
    `d|${locale}|${timeZone}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone }),
  );
}

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const KEY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** The calendar date of an instant in a zone, as YYYY-MM-DD. */
export function dayKey(ms: number, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', timeZone, KEY).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "10:00 – 13:00" in the locale's way, in a zone. */
export function formatTimeRange(start: number, end: number, locale: string, timeZone: string) {
  return dateTimeFormat(locale, timeZone, TIME).formatRange(start, end);
}

/** "Wednesday 18 May" in the locale's way, in a zone. */
export function formatDay(ms: number, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, DAY).format(ms);
}

/** "16–20 May 2022" in the locale's way, in a zone. */
export function formatDateRange(start: number, end: number, locale: string, timeZone: string) {
  return dateTimeFormat(locale, timeZone, DATE).formatRange(start, end);
}

/**
 * A value remembered by key in `store`, made by `make` the first time it is
 * asked for: for the Intl results a page asks for again and again (every
 * element, every render). A store that reaches `max` keys starts afresh, so
 * it cannot grow without bound.
 */
export function remember<T>(store: Map<string, T>, key: string, make: () => T, max = 1000): T {
  if (store.has(key)) return store.get(key) as T;
  const value = make();
  if (store.size >= max) store.clear();
  store.set(key, value);
  return value;
}

const zoneNames = new Map<string, string | undefined>();

/**
 * A zone's name at an instant in a style, remembered: formatting a zone's
 * name is one of the slower Intl calls (about 0.1 ms), and a schedule names
 * its zone again at each step of its first render.
 */
function zoneNameIn(
  style: 'short' | 'longGeneric',
  ms: number,
  locale: string,
  timeZone: string,
): string | undefined {
  return remember(zoneNames, `${style}|${locale}|${timeZone}|${ms}`, () => {
    try {
      const parts = dateTimeFormat(locale, timeZone, { timeZoneName: style }).formatToParts(ms);
      return parts.find((p) => p.type === 'timeZoneName')?.value;
    } catch {
      return undefined; // an engine without `longGeneric`
    }
  });
}

/** The zone's short name at an instant, e.g. "EDT" or "GMT-4". */
export function zoneName(ms: number, locale: string, timeZone: string): string {
  return zoneNameIn('short', ms, locale, timeZone) ?? timeZone;
}

/**
 * The zone's localized generic name ("Eastern Time", "北美东部时间",
 * "التوقيت الشرقي لأمريكا الشمالية"), or undefined where Intl has none.
 */
export function genericZoneName(ms: number, locale: string, timeZone: string): string | undefined {
  return zoneNameIn('longGeneric', ms, locale, timeZone);
}

/**
 * A list's parts ("1", ", ", "3", " and ", "7") in the locale's way, so items
 * can be marked up; the same formatter as `formatList`.
 */
export function formatListToParts(items: readonly string[], locale: string) {
  return cached(
    `l|${locale}|conjunction`,
    () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }),
  ).formatToParts(items);
}

/** "in 3 days", "tomorrow"… in the locale. */
export function formatRelativeDays(days: number, locale: string): string {
  return cached(
    `t|${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  ).format(days, 'day');
}

/** "Portugal and Thailand", "14, 15, 16" (`unit`) in the locale's way. */
export function formatList(
  items: readonly string[],
  locale: string,
  type: Intl.ListFormatType = 'conjunction',
): string {
  return cached(
    `l|${locale}|${type}`,
    () => new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'short' : 'long' }),
  ).format(items);
}

const prepared = new Set<string>();

/**
 * Loads the browser's date, number and list data for these locales, and with
 * `timeZone` that zone's rules and names (the first Intl formatter of a page
 * costs tens of milliseconds, whatever its kind), by formatting once. Called
 * in a task of its own while an element waits for its data, so its first
 * render does not pay that cost. A tag or zone the browser refuses is skipped.
 */
export function prepareFormats(locales: Iterable<string>, timeZone?: string): void {
  for (const locale of locales) {
    // Once per page for each locale (and zone), however many tags ask.
    const key = `${locale}|${timeZone ?? ''}`;
    if (prepared.has(key)) continue;
    prepared.add(key);
    try {
      if (timeZone) {
        dateTimeFormat(locale, timeZone, TIME).formatRange(0, 3_600_000);
        dayKey(0, timeZone);
      } else {
        new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long' }).format(0);
        new Intl.ListFormat(locale).format(['1', '2']);
        new Intl.PluralRules(locale).select(1);
      }
    } catch {
      // Not a language tag or zone the browser knows: the element reads it its own way.
    }
  }
}
