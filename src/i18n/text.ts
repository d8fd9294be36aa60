import type { LocalizedText } from '../data/types.js';

/**
 * The best entry of a localized value for a locale: the exact tag, then the
 * same primary language (`zh` ↔ `zh-Hans`), then English, then any. The tag
 * is undefined for a plain string (its language is not stated).
 */
function pickEntry(text: LocalizedText, locale: string): [string | undefined, string] {
  if (typeof text === 'string') return [undefined, text];
  // The usual case, without a string made: the tag as the locale spells it.
  const exact = Object.hasOwn(text, locale) ? text[locale] : undefined;
  if (exact !== undefined) return [locale, exact];
  const wanted = locale.toLowerCase();
  const primary = wanted.split('-')[0];
  let samePrimary: [string, string] | undefined;
  let english: [string, string] | undefined;
  let first: [string, string] | undefined;
  for (const tag of Object.keys(text)) {
    const value = text[tag]!;
    const lower = tag.toLowerCase();
    if (lower === wanted) return [tag, value];
    const tagPrimary = lower.split('-')[0];
    if (tagPrimary === primary) samePrimary ??= [tag, value];
    if (tagPrimary === 'en') english ??= [tag, value];
    first ??= [tag, value];
  }
  return samePrimary ?? english ?? first ?? [undefined, ''];
}

/**
 * The best text of a localized value for a locale: the exact tag, then the
 * same primary language (`zh` ↔ `zh-Hans`), then English, then any.
 */
export function pickText(text: LocalizedText | undefined, locale: string): string {
  return text === undefined ? '' : pickEntry(text, locale)[1];
}

/**
 * The `lang` to mark a localized value with when the text shown for a
 * locale is in another language (an official text with no version in the
 * reader's language, shown in English): its tag, else undefined. A plain
 * string states no language, so it is never marked.
 */
export function textLang(text: LocalizedText | undefined, locale: string): string | undefined {
  if (text === undefined) return undefined;
  const [tag] = pickEntry(text, locale);
  if (tag === undefined || tag === locale) return undefined;
  const primary = (value: string) => value.toLowerCase().split('-')[0];
  return primary(tag) === primary(locale) ? undefined : tag;
}

/**
 * The text of a localized value in one language exactly (by primary
 * subtag, so `zh-Hans` counts for `zh`), or undefined: no fallback to
 * another language. A plain string is the same text in every language.
 */
export function textIn(text: LocalizedText | undefined, language: string): string | undefined {
  if (text === undefined) return undefined;
  const wanted = language.toLowerCase().split('-')[0];
  if (typeof text === 'string') return text;
  for (const tag of Object.keys(text))
    if (tag.toLowerCase().split('-')[0] === wanted) return text[tag];
  return undefined;
}
