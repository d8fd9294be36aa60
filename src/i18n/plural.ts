import { fill } from './catalog.js';

/**
 * A catalog message that says a count. It has one form per plural category
 * the language uses (Intl.PluralRules: Arabic has six, Russian three,
 * Chinese one); `other` is always there. `{count}` in a form is replaced by
 * the number written in the locale's way.
 */
export type Plural = { readonly other: string } & Partial<
  Readonly<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>
>;

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make()));
  return value;
}

/** The plural category of a count in a locale ("one", "few", "other"…). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(rules, locale, () => new Intl.PluralRules(locale)).select(count);
}

/**
 * The form of a plural message for a count, with `{count}` written in the
 * locale's digits and every other `{name}` filled from `values`.
 */
export function plural(
  message: Plural,
  count: number,
  locale: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form = message[pluralCategory(count, locale)] ?? message.other;
  return fill(form, { ...values, count: formatNumber(count, locale) });
}

/** A number in the locale's digits and grouping ("1,000", "١٬٠٠٠"). */
export function formatNumber(value: number, locale: string): string {
  return cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(value);
}

const CATEGORIES: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Whether a catalog entry is a plural message (an object of plural forms with `other`). */
export function isPlural(value: unknown): value is Plural {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Plural).other === 'string' &&
    Object.keys(value).every((key) => CATEGORIES.has(key))
  );
}
