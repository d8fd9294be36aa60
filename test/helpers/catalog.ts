import type { Catalog } from '../../src/i18n/catalog.js';
import en from '../../src/i18n/catalogs/en.js';
import type { Language } from '../../src/i18n/languages.js';

/** Every section of a language's strings at once (elements load only theirs). */
export async function loadCatalog(language: Language): Promise<Catalog> {
  if (language === 'en') return en;
  const modules = {
    ar: () => import('../../src/i18n/catalogs/ar.js'),
    es: () => import('../../src/i18n/catalogs/es.js'),
    fr: () => import('../../src/i18n/catalogs/fr.js'),
    ru: () => import('../../src/i18n/catalogs/ru.js'),
    zh: () => import('../../src/i18n/catalogs/zh.js'),
  };
  return (await modules[language]()).default;
}
