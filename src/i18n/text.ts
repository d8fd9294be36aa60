import type { LocalizedText } from '../data/types.js';

/**
 * The best text of a localized value for a locale: the exact tag, then the
 * same primary language (`zh` ↔ `zh-Hans`), then English, then any.
 */
export function pickText(text: LocalizedText | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const wanted = locale.toLowerCase();
  const primary = wanted.split('-')[0];
  let samePrimary: string | undefined;
  let english: string | undefined;
  let first: string | undefined;
  for (const tag of Object.keys(text)) {
    const value = text[tag]!;
    const lower = tag.toLowerCase();
    if (lower === wanted) return value;
    const tagPrimary = lower.split('-')[0];
    if (tagPrimary === primary) samePrimary ??= value;
    if (tagPrimary === 'en') english ??= value;
    first ??= value;
  }
  return samePrimary ?? english ?? first ?? '';
}
