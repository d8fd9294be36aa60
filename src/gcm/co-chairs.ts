import { countryName, countryNamesLoaded } from '../i18n/countries.js';
import { formatList } from '../i18n/format.js';
import { matchLanguage } from '../i18n/languages.js';

// Every element that shows a round table names its co-chairs, on every
// render: the joined names are remembered per locale and codes (and whether
// the language's names had loaded, so English stand-ins are not kept).
const remembered = new Map<string, string>();
const MAX_REMEMBERED = 1000;

/**
 * A round table's co-chairs as people read them: their UN M49 names joined
 * the locale's way ("Egypt and Germany", « Égypte et Allemagne »).
 */
export function coChairNames(codes: readonly string[], locale: string): string {
  const key = `${locale}|${countryNamesLoaded(matchLanguage(locale))}|${codes.join('|')}`;
  let names = remembered.get(key);
  if (names === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    names = formatList(
      codes.map((code) => countryName(code, locale)),
      locale,
    );
    remembered.set(key, names);
  }
  return names;
}
