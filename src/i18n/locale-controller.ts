import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog } from './catalog.js';
import { countryNamesLoaded, loadCountryNames } from './countries.js';
import { directionOf, intlLocale, matchLanguage, type Language } from './languages.js';
import { COMMON, catalogFor, loadStrings, stringsLoaded, type Strings } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller, told when any `lang` on the page changes. */
const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchPage(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => connected.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The `lang` of the element, else of its closest ancestor (across shadow roots), else ''. */
export function inheritedLang(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return document.documentElement.lang;
}

/**
 * The host's language: its `lang` attribute, else the closest ancestor's,
 * else the document's; kept current when any of them changes.
 */
export class LocaleController implements ReactiveController {
  /** One of the six interface languages. */
  language: Language = 'en';
  /** The BCP 47 tag to use with Intl (may be more specific, e.g. `fr-CA`). */
  locale = 'en';

  /** The sections of strings the host shows: the common ones, then its own. */
  private readonly strings: readonly Strings[];
  private readonly countries: boolean;

  /**
   * @param sections the host's own sections of strings (src/<element>/strings.ts)
   * @param countries false for a host that never names a country
   */
  constructor(
    private readonly host: Host,
    sections: readonly Strings[] = [],
    { countries = true } = {},
  ) {
    host.addController(this);
    this.strings = [COMMON, ...sections];
    this.countries = countries;
  }

  /** The interface strings in the host's language (English until they have loaded). */
  get t(): Catalog {
    return catalogFor(this.language, this.strings);
  }

  /**
   * True while the host's language (its strings and country names) is loading;
   * English stands in after a failure.
   */
  waiting = false;

  /** Settles when the host's language has loaded (or failed to, leaving English). */
  loaded: Promise<unknown> = Promise.resolve();

  /** `ltr` or `rtl`. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  hostConnected(): void {
    connected.add(this);
    watchPage();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Resolves the language again; re-renders the host when it changed. */
  refresh(): void {
    const tag = inheritedLang(this.host);
    const language = matchLanguage(tag);
    const locale = intlLocale(tag, language);
    if (language === this.language && locale === this.locale) return;
    this.language = language;
    this.locale = locale;
    this.host.requestUpdate();
    // The country names come with the strings, so `countryName` is ready at render.
    this.waiting =
      !stringsLoaded(language, this.strings) || (this.countries && !countryNamesLoaded(language));
    if (this.waiting) {
      this.loaded = Promise.all([
        loadStrings(language, this.strings),
        this.countries && loadCountryNames(language),
      ]).then(() => {
        if (this.language !== language) return;
        this.waiting = false;
        this.host.requestUpdate();
      });
    }
  }
}
