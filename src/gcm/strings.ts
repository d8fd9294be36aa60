import en from '../i18n/catalogs/en/roundtable.js';
import { strings } from '../i18n/strings.js';

/** The round tables' strings: <imrf-roundtable>'s, also shown by <imrf-objectives> and <imrf-about>; other languages load when shown. */
export const ROUNDTABLE_STRINGS = strings('roundtable', en, {
  ar: () => import('../i18n/catalogs/ar/roundtable.js'),
  es: () => import('../i18n/catalogs/es/roundtable.js'),
  fr: () => import('../i18n/catalogs/fr/roundtable.js'),
  ru: () => import('../i18n/catalogs/ru/roundtable.js'),
  zh: () => import('../i18n/catalogs/zh/roundtable.js'),
});
