import en from '../i18n/catalogs/en/about.js';
import { strings } from '../i18n/strings.js';

/** The strings of <imrf-about>; other languages load when shown. */
export const ABOUT_STRINGS = strings('about', en, {
  ar: () => import('../i18n/catalogs/ar/about.js'),
  es: () => import('../i18n/catalogs/es/about.js'),
  fr: () => import('../i18n/catalogs/fr/about.js'),
  ru: () => import('../i18n/catalogs/ru/about.js'),
  zh: () => import('../i18n/catalogs/zh/about.js'),
});
