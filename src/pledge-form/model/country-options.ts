import { countryCodes, countryName, countryNamesRevision } from '../../i18n/countries.js';

/** A country or area: its code, and its name in a language. */
export interface CountryOption {
  readonly value: string;
  readonly label: string;
}

const cache = new Map<string, readonly CountryOption[]>();

/**
 * Every country or area of the UN M49 list, with its M49 name in the locale's
 * language, sorted by the locale's collation. (Built again when names arrive:
 * the form waits for them, but English stands in if they cannot load.)
 */
export function countryOptions(locale: string): readonly CountryOption[] {
  const key = `${locale}|${countryNamesRevision()}`;
  let options = cache.get(key);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = countryCodes()
      .map((value) => ({ value, label: countryName(value, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    cache.set(key, options);
  }
  return options;
}
