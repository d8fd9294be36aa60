import type { GuidingPrinciple, Objective } from '../../data/types.js';
import { fill, type Catalog } from '../../i18n/catalog.js';
import { formatNumber, plural, type Plural } from '../../i18n/plural.js';
import { pickText, textLang } from '../../i18n/text.js';
import type { Choice } from './field-controls.js';
import { charCount, DESCRIPTION_MAX, DESCRIPTION_MIN, TITLE_MAX } from '../model/fields.js';

type Strings = Catalog['pledge'];

/**
 * The limit each message about a limit counts (its `{count}`), by message
 * key: the title hint and error count the title's maximum, and so on.
 */
const COUNTED: Readonly<Record<string, number>> = {
  title: TITLE_MAX,
  titleLong: TITLE_MAX,
  description: DESCRIPTION_MAX,
  descriptionLong: DESCRIPTION_MAX,
  descriptionShort: DESCRIPTION_MIN,
};

/**
 * A catalog message with the form's limits (`{min}`, `{max}`, `{titleMax}`)
 * in the locale's digits. A plural message (a hint or error `key` that says
 * a limit) takes the form of the limit it counts.
 */
export function withLimits(message: string | Plural, locale: string, key = ''): string {
  const limits = {
    min: formatNumber(DESCRIPTION_MIN, locale),
    max: formatNumber(DESCRIPTION_MAX, locale),
    titleMax: formatNumber(TITLE_MAX, locale),
  };
  if (typeof message === 'string') return fill(message, limits);
  return plural(message, COUNTED[key] ?? DESCRIPTION_MAX, locale, limits);
}

/**
 * The objectives as checkboxes, "7. Address and reduce vulnerabilities…":
 * those the filter does not match are hidden, unless chosen. Without
 * objectives in the data, the 23 by number.
 */
export function objectiveChoices(
  objectives: readonly Objective[],
  t: Strings,
  locale: string,
  filter: string,
  chosen: readonly number[],
): Choice[] {
  const query = filter.trim().toLocaleLowerCase(locale);
  const list = objectives.length
    ? objectives
    : Array.from({ length: 23 }, (_, i) => ({ number: i + 1, title: '' }));
  return list.map(({ number, title }) => {
    const label = title ? `${number}. ${pickText(title, locale)}` : fill(t.objective, { number });
    const hidden = !chosen.includes(number) && !label.toLocaleLowerCase(locale).includes(query);
    const lang = title ? textLang(title, locale) : undefined;
    return { value: String(number), label, hidden, ...(lang && { lang }) };
  });
}

/** The guiding principles as checkboxes, each marked with its language when not the form's. */
export const principleChoices = (principles: readonly GuidingPrinciple[], locale: string) =>
  principles.map((p): Choice => {
    const lang = textLang(p.title, locale);
    return { value: p.id, label: pickText(p.title, locale), ...(lang && { lang }) };
  });

/** The description's character count as people read it, and whether it is over the limit. */
export function countText(description: string, t: Strings, locale: string) {
  const n = charCount(description);
  const limits = { min: formatNumber(DESCRIPTION_MIN, locale) };
  const text = (message: Plural, count: number) => plural(message, count, locale, limits);
  if (n < DESCRIPTION_MIN) return { text: text(t.countUnder, n), over: false };
  if (n <= DESCRIPTION_MAX) return { text: text(t.countLeft, DESCRIPTION_MAX - n), over: false };
  return { text: text(t.countOver, n - DESCRIPTION_MAX), over: true };
}
