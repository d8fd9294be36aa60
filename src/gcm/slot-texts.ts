/**
 * The texts of a round table's slot that cost Intl calls (its day; its time
 * with the zone named), remembered by what they are made from: a re-render,
 * another element on the page or a fresh copy of the same data formats
 * nothing again. Pure apart from that memory.
 */
import type { LocalizedText } from '../data/types.js';
import { fill, type Catalog } from '../i18n/catalog.js';
import { formatDay, remember } from '../i18n/format.js';
import { describeZone, formatShownTime } from '../i18n/zone.js';

const days = new Map<string, string>();
// Per catalog, as the sentences come from it.
const times = new WeakMap<Catalog, Map<string, string>>();

/** "Tuesday 17 May": the forum's day of an instant, in the locale. */
export function slotDay(ms: number, locale: string, forumZone: string): string {
  return remember(days, `${ms}|${locale}|${forumZone}`, () => formatDay(ms, locale, forumZone));
}

/**
 * "10:00 – 13:00, New York time (EDT)": a session's time in the zone shown,
 * with that zone named; the forum's own zone by the data's name for it
 * (`zoneNames`, the forum's `timeZoneName`).
 */
export function slotTime(
  session: { readonly startMs: number; readonly endMs: number },
  locale: string,
  t: Catalog,
  forumZone: string,
  zone: string,
  zoneNames?: LocalizedText,
): string {
  let store = times.get(t);
  if (!store) times.set(t, (store = new Map()));
  const { startMs, endMs } = session;
  const names = zone === forumZone ? zoneNames : undefined;
  const key = `${startMs}|${endMs}|${locale}|${forumZone}|${zone}|${JSON.stringify(names ?? null)}`;
  return remember(store, key, () =>
    fill(t.roundtable.slotTime, {
      time: formatShownTime(startMs, endMs, locale, forumZone, zone),
      zone: describeZone(zone, startMs, locale, t, names),
    }),
  );
}
