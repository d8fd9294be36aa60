/** The six official UN languages, the interface languages of every element. */
export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages written right to left. */
const RTL: readonly Language[] = ['ar'];

/** The text direction of a language. */
export const directionOf = (language: Language): 'ltr' | 'rtl' =>
  RTL.includes(language) ? 'rtl' : 'ltr';

/**
 * The interface language for a BCP 47 tag: its primary language when it is
 * one of the six (`fr-CA` → `fr`, `zh-Hant-TW` → `zh`), else English.
 */
export function matchLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] as Language;
  return LANGUAGES.includes(primary) ? primary : 'en';
}

/**
 * The tag to hand to Intl: `tag` itself when Intl accepts it (so `fr-CA`
 * gets Canadian dates), else the interface language.
 */
export function intlLocale(tag: string | null | undefined, language: Language): string {
  if (tag && tag.trim().toLowerCase().split(/[-_]/)[0] === language) {
    try {
      return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? language;
    } catch {
      // not a valid tag: fall through
    }
  }
  return language;
}
