// Helpers for tests that load whole pages (the CDN pages, the demos) in an iframe.
import { waitUntil } from '@open-wc/testing';

/** A page's window, with what test/demos/observe.js kept (when the URL asked for it). */
export type PageWindow = Window & typeof globalThis & { problems?: string[] };

/** Opens a URL in an iframe of the given size and resolves with its window once loaded. */
export function openPage(url: string, width = 1000, height = 800): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.title = url;
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = `${height}px`;
  const loaded = new Promise<PageWindow>((resolve) =>
    frame.addEventListener('load', () => resolve(frame.contentWindow as PageWindow), {
      once: true,
    }),
  );
  frame.src = url;
  document.body.append(frame);
  return loaded;
}

/** Removes every iframe the tests opened. */
export function closePages(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}

interface ManifestElement {
  tagName: string;
  name: string;
  slots?: { name: string }[];
  events?: { name: string }[];
}

let elements: Promise<ManifestElement[]> | undefined;

/** Every custom element that custom-elements.json documents. */
export function manifestElements(): Promise<ManifestElement[]> {
  elements ??= fetch('/custom-elements.json')
    .then((response) => response.json())
    .then(
      (manifest: {
        modules: { declarations?: (ManifestElement & { customElement?: boolean })[] }[];
      }) =>
        manifest.modules.flatMap((module) =>
          (module.declarations ?? []).filter((d) => d.customElement && d.tagName),
        ),
    );
  return elements;
}

/** The element's shadow root text, white space collapsed. */
export const shadowText = (element: Element | null | undefined): string =>
  (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * True once an IMRF element is defined and shows something other than its
 * loading state: text in its shadow root, or a slot for its children; and
 * nothing its first render held back for after the first paint is still due.
 */
export function isRendered(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root || root.querySelector('[aria-busy="true"], [data-held]')) return false;
  return shadowText(element) !== '' || root.querySelector('slot') !== null;
}

/** Waits until every IMRF element on the page has rendered; returns them. */
export async function allRendered(win: PageWindow, timeout = 10000): Promise<Element[]> {
  const tags = (await manifestElements()).map((el) => el.tagName).join(',');
  const found = [...win.document.querySelectorAll(tags)];
  try {
    await waitUntil(() => found.every(isRendered), 'not rendered', { timeout });
  } catch {
    const late = found.filter((el) => !isRendered(el)).map((el) => `<${el.localName}>`);
    throw new Error(`Not rendered after ${timeout} ms: ${late.join(', ')}`);
  }
  return found;
}
