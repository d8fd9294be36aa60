import { fill, type Catalog } from './catalog.js';
import { zoneName } from './format.js';

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
