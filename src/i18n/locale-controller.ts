import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog } from './catalog.js';
import { countryNamesKnown, countryNamesLoaded, loadCountryNames } from './countries.js';
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
 * The countries a host names: the codes of those it shows (their names are
 * loaded when missing), or `all` for a host that lists every country.
 */
export type NamedCountries = () => Iterable<string> | 'all';

const lists = new WeakMap<readonly Strings[], readonly Strings[]>();
const NONE: readonly Strings[] = [];

/**
 * The common sections, then a host's own: one list per host class, so every
 * element of a class shares one catalog per language (`catalogFor` keeps
 * them by list), and what is remembered per catalog (round tables' slot
 * texts) serves every one of them.
 */
function withCommon(sections: readonly Strings[]): readonly Strings[] {
  let list = lists.get(sections);
  if (!list) lists.set(sections, (list = [COMMON, ...sections]));
  return list;
}

/**
 * The host's language: its `lang` attribute, else the closest ancestor's,
 * else the document's; kept current when any of them changes. Before the
 * host renders in a language, its strings and the names of the countries it
 * shows are loaded (`waiting` meanwhile).
 */
export class LocaleController implements ReactiveController {
  /** One of the six interface languages. */
  language: Language = 'en';
  /** The BCP 47 tag to use with Intl (may be more specific, e.g. `fr-CA`). */
  locale = 'en';

  /** The sections of strings the host shows: the common ones, then its own. */
  private readonly strings: readonly Strings[];
  private readonly countries?: NamedCountries;
  /** The language whose loads failed: not tried again until the language changes. */
  private failed?: Language;

  /**
   * @param sections the host's own sections of strings (src/<element>/strings.ts)
   * @param countries the countries the host names (none when left out)
   */
  constructor(
    private readonly host: Host,
    sections: readonly Strings[] = NONE,
    { countries }: { countries?: NamedCountries } = {},
  ) {
    host.addController(this);
    this.strings = withCommon(sections);
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
    if (language !== this.language) this.failed = undefined;
    this.language = language;
    this.locale = locale;
    this.host.requestUpdate();
    this.check();
  }

  /** True when the host's language lacks the names of countries the host shows. */
  private namesMissing(language: Language): boolean {
    const codes = this.countries?.();
    if (codes === undefined) return false;
    return codes === 'all' ? !countryNamesLoaded(language) : !countryNamesKnown(language, codes);
  }

  /**
   * Loads what the host's language lacks: its strings, the names of the
   * countries the host shows (English ones too, to stand in if the
   * language's cannot load). Runs when the language changes; hosts call it
   * before each render too, as what they show changes (cheap when nothing is
   * missing).
   */
  check(): void {
    const language = this.language;
    if (this.waiting || this.failed === language) return;
    const strings = !stringsLoaded(language, this.strings);
    const names = this.namesMissing(language);
    if (!strings && !names) return;
    this.waiting = true;
    this.loaded = Promise.all([
      strings && loadStrings(language, this.strings),
      names && loadCountryNames(language).then((loaded) => loaded || loadCountryNames('en')),
    ]).then(() => {
      this.waiting = false;
      // What could not load stays missing: English (or codes) stands in
      // until the language changes, and nothing is asked again meanwhile.
      // Else the host may need more by now (another language, its forum).
      const failed =
        (strings && !stringsLoaded(language, this.strings)) ||
        (names && this.namesMissing(language));
      if (failed && this.language === language) this.failed = language;
      else this.check();
      this.host.requestUpdate();
    });
  }
}
