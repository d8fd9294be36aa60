import en, { type Catalog } from './catalogs/en.js';
import type { Language } from './languages.js';

export type { Catalog };

/**
 * English is built in; the other five catalogs are separate modules, loaded
 * the first time an element needs them, so a page pays only for the
 * languages it shows.
 */
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalog }>>> = {
  ar: () => import('./catalogs/ar.js'),
  es: () => import('./catalogs/es.js'),
  fr: () => import('./catalogs/fr.js'),
  ru: () => import('./catalogs/ru.js'),
  zh: () => import('./catalogs/zh.js'),
};

const loaded: Partial<Record<Language, Catalog>> = { en };
const pending = new Map<Language, Promise<Catalog | undefined>>();

/** The catalog of a language if it is loaded, else undefined. */
export const catalogOf = (language: Language): Catalog | undefined => loaded[language];

/**
 * Loads a language's catalog once per page. Resolves undefined when it
 * cannot be loaded (offline, file missing), so callers keep English; a later
 * call tries again.
 */
export function loadCatalog(language: Language): Promise<Catalog | undefined> {
  if (loaded[language]) return Promise.resolve(loaded[language]);
  let promise = pending.get(language);
  if (!promise) {
    promise = LOADERS[language as Exclude<Language, 'en'>]().then(
      (module) => (loaded[language] = module.default),
      (error: unknown) => {
        console.warn(
          `IMRF widgets: the ${language} strings could not be loaded; showing English.`,
          error,
        );
        pending.delete(language);
        return undefined;
      },
    );
    pending.set(language, promise);
  }
  return promise;
}

/** Replaces each `{name}` in a catalog string with its value. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
