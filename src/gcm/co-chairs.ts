import { countryName } from '../i18n/countries.js';
import { formatList } from '../i18n/format.js';

/**
 * A round table's co-chairs as people read them: their UN M49 names joined
 * the locale's way ("Egypt and Germany", « Égypte et Allemagne »).
 */
export function coChairNames(codes: readonly string[], locale: string): string {
  return formatList(
    codes.map((code) => countryName(code, locale)),
    locale,
  );
}
