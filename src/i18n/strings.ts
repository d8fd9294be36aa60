/**
 * Interface strings come in sections: `common`, used by every element, and
 * one per element (src/<element>/strings.ts). An element declares the
 * sections it shows; its chunk carries their English, and a page loads a
 * section in another language only when an element shows it in that
 * language. So a page with only the programme never downloads the pledge
 * form's strings, in English or in any other language.
 */
import type { Catalog, Section } from './catalogs/en.js';
import common from './catalogs/en/common.js';
import type { Language } from './languages.js';
import { LazyModules } from './lazy-modules.js';

type Other = Exclude<Language, 'en'>;

/** One section of strings: its English, and how to load each other language. */
export interface Strings<S extends Section = Section> {
  readonly section: S;
  readonly en: Catalog[S];
  readonly load: Readonly<Record<Other, () => Promise<{ default: Catalog[S] }>>>;
}

/** Declares a section (each section is declared once, in its element's folder). */
export const strings = <S extends Section>(
  section: S,
  en: Catalog[S],
  load: Strings<S>['load'],
): Strings<S> => ({ section, en, load });

/** The strings every element shows: states, errors, kinds of session, zones. */
export const COMMON = strings('common', common, {
  ar: () => import('./catalogs/ar/common.js'),
  es: () => import('./catalogs/es/common.js'),
  fr: () => import('./catalogs/fr/common.js'),
  ru: () => import('./catalogs/ru/common.js'),
  zh: () => import('./catalogs/zh/common.js'),
});

type AnySection = Catalog[Section];

const sections = new LazyModules<AnySection>();
const key = (language: Language, s: Strings) => `${language}/${s.section}`;

function textOf(language: Language, s: Strings): AnySection | undefined {
  return language === 'en' ? s.en : sections.get(key(language, s));
}

/** True when every section of the list is here in that language (English always is). */
export const stringsLoaded = (language: Language, list: readonly Strings[]): boolean =>
  list.every((s) => textOf(language, s) !== undefined);

/**
 * Loads the sections of a list in a language, each once per page. Resolves
 * false when one could not be loaded (offline, file missing): that section
 * stays English, and a later call tries again.
 */
export function loadStrings(language: Language, list: readonly Strings[]): Promise<boolean> {
  if (language === 'en') return Promise.resolve(true);
  return Promise.all(
    list.map((s) =>
      sections.load(key(language, s), s.load[language], `${language} strings (${s.section})`),
    ),
  ).then((results) => results.every(Boolean));
}

const built = new WeakMap<readonly Strings[], Partial<Record<Language, Catalog>>>();

/**
 * The strings of a list's sections in a language, English for a section not
 * (yet) loaded. Typed as the whole catalog: an element reads only the
 * sections it declared (a section it forgot is undefined, which its tests in
 * any language show at once).
 */
export function catalogFor(language: Language, list: readonly Strings[]): Catalog {
  const complete = stringsLoaded(language, list);
  const cached = complete ? built.get(list)?.[language] : undefined;
  if (cached) return cached;
  const catalog = Object.fromEntries(
    list.map((s) => [s.section, textOf(language, s) ?? s.en]),
  ) as unknown as Catalog;
  if (complete) built.set(list, { ...built.get(list), [language]: catalog });
  return catalog;
}
