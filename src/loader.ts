/**
 * The one script partners load (dist/cdn/imrf-widgets.js): a few hundred
 * bytes that define each `imrf-*` element the page uses, when the page uses
 * it, by importing that element's file beside it. Elements share one chunk
 * (Lit, the base, data loading), so two elements never load it twice, and a
 * page pays only for the elements it shows.
 *
 * It finds the elements in the document, at load and added later; inside
 * open shadow roots present at load; and inside any shadow root attached
 * after it runs, open or closed (it observes every new root). What it cannot
 * see: a closed shadow root attached before it ran. A page that puts our
 * elements there loads `define.js` (every element) or the element's own file.
 */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'imrf-forum': () => import('./forum/define.js'),
  'imrf-schedule': () => import('./schedule/define.js'),
  'imrf-roundtable': () => import('./roundtable/define.js'),
  'imrf-objectives': () => import('./objectives/define.js'),
  'imrf-pledge-form': () => import('./pledge-form/define.js'),
  'imrf-about': () => import('./about/define.js'),
};
const SELECTOR = Object.keys(ELEMENTS).join();

/**
 * One loader per page: a second copy (loaded twice, or two versions) leaves
 * it to the first. The page keeps the tags it is defining there, so an
 * element inside an `<imrf-forum>` still on its way waits for it
 * (src/data/forum-controller.ts).
 */
const LOADING = Symbol.for('imrf-widgets.loader');
const page = globalThis as { [LOADING]?: Set<string> };
const requested = new Set<string>();

/**
 * Started beside the first element's own file rather than after it, each a
 * round trip sooner: the chunk every element shares (its file imports it
 * too), the built-in data in English once an element will show it, and the
 * data reader once an element (or an `<imrf-forum>`) has data of its own.
 * The element imports them as always and finds them loaded; a failure here
 * is left to that import, which says so.
 */
const early = {
  shared: () => import('./base/imrf-element.js'),
  data: () => import('./data/default/en.json'),
  reader: () => import('./data/load.js'),
};
const started = new Set<keyof typeof early>();
function start(what: keyof typeof early): void {
  if (started.has(what)) return;
  started.add(what);
  early[what]().catch(() => undefined);
}

/**
 * True when an element has data of its own, as `sourceOf`
 * (src/data/forum-controller.ts) reads it: a `data`, or a `src` that is not
 * blank; an attribute, or a property set before its upgrade. Written again
 * here because importing `sourceOf` would bring the shared chunk into the
 * loader.
 */
function hasOwnData(element: Element): boolean {
  const own = element as Element & { src?: unknown; data?: unknown };
  const value = (name: 'src' | 'data') =>
    Object.hasOwn(element, name) ? own[name] : element.getAttribute(name);
  const data = value('data');
  const src = value('src');
  return (
    (typeof data === 'string' ? data.trim() !== '' : data !== null && typeof data === 'object') ||
    (typeof src === 'string' && src.trim() !== '')
  );
}

/**
 * Starts what an element's data needs: for data of its own, the reader now,
 * and once the shared chunk is there, the rest (`startOwnData`: its `src`,
 * the country names of its language); else the built-in data, unless an
 * `<imrf-forum>` around it has data of its own (that provider, found too,
 * starts its own).
 */
function startData(element: Element): void {
  if (hasOwnData(element)) {
    start('reader');
    import('./base/first-render.js').then(
      (shared) => shared.startOwnData(element),
      () => undefined,
    );
  } else if (!hasOwnData(element.parentElement?.closest('imrf-forum') ?? element)) start('data');
}

function define(element: Element): void {
  const tag = element.localName;
  // Defined already: the element has started what it needs itself.
  if (customElements.get(tag)) return;
  startData(element);
  if (requested.has(tag)) return;
  requested.add(tag);
  start('shared');
  ELEMENTS[tag]!().catch((error: unknown) => {
    // Refused (an integrity mismatch) or unreachable: say so; a tag added
    // later tries again.
    requested.delete(tag);
    console.error(`IMRF widgets: <${tag}> could not be loaded.`, error);
  });
}

/** Defines the elements in a node and below it, and watches the shadow roots there. */
function scan(node: Element | Document | ShadowRoot): void {
  if (node instanceof Element) {
    if (ELEMENTS[node.localName]) define(node);
    if (node.shadowRoot) watch(node.shadowRoot);
  }
  for (const element of node.querySelectorAll(SELECTOR)) define(element);
}

const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
});

/** Observes a tree (the document or a shadow root) for elements added to it. */
function watch(root: Document | ShadowRoot): void {
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
  // Shadow roots already there (open ones; declarative ones included).
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) watch(element.shadowRoot);
}

const attach = typeof Element === 'undefined' ? undefined : Element.prototype.attachShadow;

/** Every shadow root attached from now on is watched too. */
function attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attach!.call(this, init);
  observer.observe(root, { childList: true, subtree: true });
  return root;
}

function stop(): void {
  observer.disconnect();
  if (attach && Element.prototype.attachShadow === attachShadow)
    Element.prototype.attachShadow = attach;
}

if (typeof customElements !== 'undefined' && !page[LOADING]) {
  page[LOADING] = requested;
  try {
    Element.prototype.attachShadow = attachShadow;
  } catch {
    // A page that froze the prototype: the document and the shadow roots
    // present now are still watched.
  }
  watch(document);
  // Every element defined (by this loader or any other script): nothing left to look for.
  void Promise.all(Object.keys(ELEMENTS).map((tag) => customElements.whenDefined(tag))).then(stop);
}
