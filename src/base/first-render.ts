import { defaultForum } from '../data/default-forum.js';
import { loadReader, sourceOf } from '../data/forum-controller.js';
import { loadCountryNames } from '../i18n/countries.js';
import { prepareFormats } from '../i18n/format.js';
import { matchLanguage, type Language } from '../i18n/languages.js';
import { inheritedLang } from '../i18n/locale-controller.js';
import { COMMON, loadStrings, type Strings } from '../i18n/strings.js';

/** The longest a definition waits for what its first render needs (ms). */
export const FIRST_RENDER_WAIT_MS = 3000;

/** The element's data of its own (`src` or `data`), if any. (src/loader.ts repeats this test.) */
function ownSource(element: Element) {
  // A value set as a property before the upgrade is an own property of the element.
  const own = element as Element & { src?: string | null; data?: unknown };
  const src = Object.hasOwn(element, 'src') ? own.src : element.getAttribute('src');
  const data = Object.hasOwn(element, 'data') ? own.data : element.getAttribute('data');
  return sourceOf(src, data);
}

/** An element that will show the built-in data: no source of its own, no provider around it. */
const showsDefault = (element: Element, source: ReturnType<typeof ownSource>) =>
  !source && !element.parentElement?.closest('imrf-forum');

/**
 * Starts what an element with data of its own (`src` or `data`) needs for
 * its first render, each as soon as it can: the data reader, then the `src`
 * fetched and read (the element's controller takes the answer, not asking
 * again), and the country names of its language (such data may name any
 * country). The loader calls it as soon as it finds such an element, before
 * the element's own file has arrived; `firstRenderNeeds` waits for it.
 * Resolves when all is there (or could not be), never rejects.
 */
export function startOwnData(element: Element, source = ownSource(element)): Promise<unknown> {
  if (!source) return Promise.resolve();
  return Promise.all([
    loadReader().then(
      (reader) => source.kind === 'url' && reader.fetchAhead(source.url),
      () => undefined,
    ),
    loadCountryNames(matchLanguage(inheritedLang(element))),
  ]);
}

/**
 * What the first render of a tag's elements already on the page needs and
 * the page does not have yet: the built-in data, for elements with no other
 * source; for those with their own, what `startOwnData` starts; the names
 * of every country for an element that lists them; and the strings of their
 * languages. Undefined when nothing is missing.
 * `defineElement` waits for it (at most `FIRST_RENDER_WAIT_MS`) before it
 * defines the tag, so each element's first render shows its content, and
 * until then the page's `:not(:defined)` rules keep holding its space:
 * nothing on the page moves twice.
 */
export function firstRenderNeeds(
  tag: string,
  element: { readonly strings?: readonly Strings[]; readonly listsCountries?: boolean },
): Promise<unknown> | undefined {
  if (typeof document === 'undefined') return undefined;
  const found = [...document.querySelectorAll(tag)];
  if (found.length === 0) return undefined;
  const needs: Promise<unknown>[] = [];
  // Each element's language tag, read once (it walks up the tree).
  const tags = found.map(inheritedLang);
  const locales = new Set(tags);
  const languages = new Set<Language>(tags.map(matchLanguage));
  // Each element's data of its own, if any, read once too.
  const sources = found.map(ownSource);
  const withDefault = new Set<Language>(
    found.flatMap((el, i) => (showsDefault(el, sources[i]) ? [matchLanguage(tags[i]!)] : [])),
  );
  for (const language of withDefault)
    needs.push(
      defaultForum(language).then(
        // The forum's zone too, in a task of its own before the first render's.
        ({ forum }) => void setTimeout(prepareFormats, 0, locales, forum.timeZone),
        () => undefined,
      ),
    );
  // Data of their own: see startOwnData (the loader may have started it already).
  sources.forEach((source, i) => source && needs.push(startOwnData(found[i]!, source)));
  for (const language of languages) {
    // (The built-in data brings the names of the countries it names.)
    if (element.listsCountries) needs.push(loadCountryNames(language));
    if (language !== 'en') needs.push(loadStrings(language, [COMMON, ...(element.strings ?? [])]));
  }
  if (needs.length === 0) return undefined;
  // Meanwhile, in a task of its own, the browser loads its locale data.
  setTimeout(prepareFormats, 0, locales);
  return Promise.race([
    Promise.all(needs),
    new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
  ]);
}
