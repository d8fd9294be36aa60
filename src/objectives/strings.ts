import en from '../i18n/catalogs/en/objectives.js';
import { strings } from '../i18n/strings.js';

/** The strings of <imrf-objectives>; other languages load when shown. */
export const OBJECTIVES_STRINGS = strings('objectives', en, {
  ar: () => import('../i18n/catalogs/ar/objectives.js'),
  es: () => import('../i18n/catalogs/es/objectives.js'),
  fr: () => import('../i18n/catalogs/fr/objectives.js'),
  ru: () => import('../i18n/catalogs/ru/objectives.js'),
  zh: () => import('../i18n/catalogs/zh/objectives.js'),
});
