import { countryName, countryNamesRevision } from '../i18n/countries.js';
import { formatList, remember } from '../i18n/format.js';

// Every element that shows a round table names its co-chairs, on every
// render: the joined names are remembered per locale and codes (and the names
// known then, so stand-ins are not kept once the names arrive).
const remembered = new Map<string, string>();

/**
 * A round table's co-chairs as people read them: their UN M49 names joined
 * the locale's way ("Egypt and Germany", « Égypte et Allemagne »).
 */
export function coChairNames(codes: readonly string[], locale: string): string {
  const key = `${locale}|${countryNamesRevision()}|${codes.join('|')}`;
  return remember(remembered, key, () =>
    formatList(
      codes.map((code) => countryName(code, locale)),
      locale,
    ),
  );
}
