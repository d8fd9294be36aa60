import en from '../i18n/catalogs/en/pledge.js';
import { strings } from '../i18n/strings.js';

/** The strings of <imrf-pledge-form>; other languages load when shown. */
export const PLEDGE_STRINGS = strings('pledge', en, {
  ar: () => import('../i18n/catalogs/ar/pledge.js'),
  es: () => import('../i18n/catalogs/es/pledge.js'),
  fr: () => import('../i18n/catalogs/fr/pledge.js'),
  ru: () => import('../i18n/catalogs/ru/pledge.js'),
  zh: () => import('../i18n/catalogs/zh/pledge.js'),
});
