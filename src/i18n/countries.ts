import { LazyModules } from './lazy-modules.js';
import { matchLanguage, type Language } from './languages.js';

/**
 * Country and area names as the UN writes them: the M49 short names of the UN
 * Statistics Division in the six official languages (generated from
 * data/un-m49-country-names.csv by scripts/country-names.mjs), never the
 * browser's CLDR names, so every browser shows the same official text.
 *
 * Each language's table (≈ 2.5 KB) is a module of its own, English too,
 * loaded only by a page that may need it: the pledge form's country list, or
 * data of the page's own, which may name any country. The built-in data
 * brings the names of the few countries it names (src/data/default-forum.ts
 * gives them here), so pages that show it load no table. Names are looked up
 * synchronously at render: LocaleController has them loaded first.
 */
type Names = Readonly<Record<string, string>>;

const LOADERS: Readonly<Record<Language, () => Promise<{ default: Names }>>> = {
  en: () => import('./countries/en.js'),
  ar: () => import('./countries/ar.js'),
  es: () => import('./countries/es.js'),
  fr: () => import('./countries/fr.js'),
  ru: () => import('./countries/ru.js'),
  zh: () => import('./countries/zh.js'),
};

const tables = new LazyModules<Names>();
/** Names given ahead of their language's table, by language. */
const given = new Map<Language, Names>();
/** Goes up whenever names are added, so what was built from older names can tell. */
let revision = 0;

const lookup = (language: Language, code: string): string | undefined =>
  tables.get(language)?.[code] ?? given.get(language)?.[code];

/** A number that changes whenever names arrive: part of the key of anything built from names. */
export const countryNamesRevision = (): number => revision;

/**
 * Gives the names of some countries in a language, ahead of its table (the
 * built-in data gives those it names).
 */
export function addCountryNames(language: Language, names: Names): void {
  given.set(language, { ...given.get(language), ...names });
  revision++;
}

/** True when a language's whole table has loaded. */
export const countryNamesLoaded = (language: Language): boolean =>
  tables.get(language) !== undefined;

/** True when every code has its name in the language: given ahead, or in its table. */
export function countryNamesKnown(language: Language, codes: Iterable<string>): boolean {
  if (countryNamesLoaded(language)) return true;
  const names = given.get(language);
  for (const code of codes) if (!names || !Object.hasOwn(names, code)) return false;
  return true;
}

/**
 * The ISO 3166-1 alpha-2 codes of every country and area of the M49 list, in
 * code order, once a table has loaded (every table has the same codes);
 * empty before.
 */
export function countryCodes(): readonly string[] {
  for (const language of Object.keys(LOADERS) as Language[]) {
    const table = tables.get(language);
    if (table) return Object.keys(table).sort();
  }
  return [];
}

/**
 * The name of a country or area in a locale's language, from its ISO 3166-1
 * alpha-2 code (any case): the M49 short name; English while the language's
 * names are missing (still loading, or could not load); else the code
 * itself, as for a code the M49 list does not know, so it is never blank.
 */
export function countryName(code: string, locale: string): string {
  const key = code.trim().toUpperCase();
  return lookup(matchLanguage(locale), key) ?? lookup('en', key) ?? code;
}

/**
 * Loads a language's table of names once per page. Resolves false when it
 * cannot be loaded (offline, file missing), so names stay what they were
 * (English, else codes); a later call tries again.
 */
export function loadCountryNames(language: Language): Promise<boolean> {
  if (countryNamesLoaded(language)) return Promise.resolve(true);
  const instead = language === 'en' ? 'the codes' : 'English';
  return tables
    .load(language, LOADERS[language], `${language} country names`, instead)
    .then((loaded) => {
      if (loaded) revision++;
      return loaded;
    });
}
