import en from '../i18n/catalogs/en/schedule.js';
import { strings } from '../i18n/strings.js';

/** The strings of <imrf-schedule>; other languages load when shown. */
export const SCHEDULE_STRINGS = strings('schedule', en, {
  ar: () => import('../i18n/catalogs/ar/schedule.js'),
  es: () => import('../i18n/catalogs/es/schedule.js'),
  fr: () => import('../i18n/catalogs/fr/schedule.js'),
  ru: () => import('../i18n/catalogs/ru/schedule.js'),
  zh: () => import('../i18n/catalogs/zh/schedule.js'),
});
