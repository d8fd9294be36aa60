import en from './countries/en.js';
import { LazyModules } from './lazy-modules.js';
import { matchLanguage, type Language } from './languages.js';

/**
 * Country and area names as the UN writes them: the M49 short names of the UN
 * Statistics Division in the six official languages (generated from
 * data/un-m49-country-names.csv by scripts/country-names.mjs), never the
 * browser's CLDR names, so every browser shows the same official text.
 *
 * English is built in; the other five tables are separate modules, loaded
 * with the language's catalog (see LocaleController), so a page pays only for
 * the languages it shows and names are looked up synchronously at render.
 */
type Names = Readonly<Record<string, string>>;

const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Names }>>> = {
  ar: () => import('./countries/ar.js'),
  es: () => import('./countries/es.js'),
  fr: () => import('./countries/fr.js'),
  ru: () => import('./countries/ru.js'),
  zh: () => import('./countries/zh.js'),
};

const tables = new LazyModules<Names>();
const namesIn = (language: Language): Names | undefined =>
  language === 'en' ? en : tables.get(language);

/** The ISO 3166-1 alpha-2 codes of the M49 countries and areas, in code order. */
const CODES: readonly string[] = Object.freeze(Object.keys(en).sort());

/** The ISO 3166-1 alpha-2 codes of every country and area of the UN M49 list. */
export const countryCodes = (): readonly string[] => CODES;

/** True for the code (upper case) of a country or area of the M49 list. */
export const isCountryCode = (code: string): boolean => Object.hasOwn(en, code);

/** True when the names of a language are here (English always is). */
export const countryNamesLoaded = (language: Language): boolean => namesIn(language) !== undefined;

/**
 * The name of a country or area in a locale's language, from its ISO 3166-1
 * alpha-2 code (any case): the M49 short name; English while the language's
 * names are still loading or could not load; the code itself when the M49
 * list has no such code, so it is never blank.
 */
export function countryName(code: string, locale: string): string {
  const key = code.trim().toUpperCase();
  if (!Object.hasOwn(en, key)) return code;
  const names = namesIn(matchLanguage(locale)) ?? en;
  return names[key] ?? en[key]!;
}

/**
 * Loads a language's country names once per page. Resolves false when they
 * cannot be loaded (offline, file missing), so names stay English; a later
 * call tries again.
 */
export function loadCountryNames(language: Language): Promise<boolean> {
  if (language === 'en') return Promise.resolve(true);
  return tables.load(language, LOADERS[language], `${language} country names`);
}
