// What the reliability and security tests share: every element of the library,
// found at run time; a way to mount each one on a source; the invariants that
// must hold whatever the data, the network or the page does.
import { ImrfElement } from '../../src/base/imrf-element.js';
import '../../src/define.js';
import type { ForumErrorDetail, ForumLoadDetail } from '../../src/data/forum-controller.js';

export interface Elements {
  /** Tags of elements that render a forum (subclasses of ImrfElement). */
  readonly rendering: readonly string[];
  /** Tags of elements that only provide a forum to the elements inside them. */
  readonly providers: readonly string[];
}

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
}

let elements: Promise<Elements> | undefined;

/**
 * Every element the library defines, read from custom-elements.json (kept
 * current by `npm test`) and checked against the registry: nothing here names
 * an element, so a new one is tested as soon as src/define.ts registers it.
 */
export function libraryElements(): Promise<Elements> {
  return (elements ??= (async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const tags = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName?.startsWith('imrf-'))
      .map((d) => d.tagName!)
      .filter((tag, i, all) => all.indexOf(tag) === i)
      .sort();
    const rendering: string[] = [];
    const providers: string[] = [];
    for (const tag of tags) {
      const element = customElements.get(tag);
      if (!element)
        throw new Error(`<${tag}> is in the manifest but src/define.ts does not define it`);
      if (element.prototype instanceof ImrfElement) rendering.push(tag);
      else if ('src' in element.prototype || 'reload' in element.prototype) providers.push(tag);
    }
    if (rendering.length === 0) throw new Error('no rendering element found');
    return { rendering, providers };
  })());
}

export type Source = { src: string } | { data: unknown } | Record<string, never>;

export interface Mounted {
  /** What was put on the page (the provider, when there is one). */
  readonly outer: HTMLElement;
  /** The element that renders, which the invariants look at. */
  readonly shown: HTMLElement;
  readonly label: string;
  /** Settles with the outer element's `imrf-load` or `imrf-error`. */
  readonly settled: Promise<CustomEvent<ForumLoadDetail> | CustomEvent<ForumErrorDetail>>;
}

/**
 * Creates `tag` on `source` inside `container`: a rendering element gets the
 * source itself; a provider gets it and has `child` inside it.
 */
export function mount(
  container: HTMLElement,
  tag: string,
  source: Source,
  child?: string,
  doc: Document = document,
): Mounted {
  const outer = doc.createElement(tag) as HTMLElement & { src?: string; data?: unknown };
  if ('src' in source) outer.setAttribute('src', source.src);
  if ('data' in source) outer.data = source.data;
  let shown: HTMLElement = outer;
  if (child) {
    shown = doc.createElement(child);
    outer.append(shown);
  }
  const settled = new Promise<CustomEvent<ForumLoadDetail> | CustomEvent<ForumErrorDetail>>(
    (resolve) => {
      const done = (event: Event) => {
        if (event.target !== outer) return;
        outer.removeEventListener('imrf-load', done);
        outer.removeEventListener('imrf-error', done);
        resolve(event as CustomEvent<ForumLoadDetail>);
      };
      outer.addEventListener('imrf-load', done);
      outer.addEventListener('imrf-error', done);
    },
  );
  container.append(outer);
  return { outer, shown, settled, label: child ? `<${tag}> with <${child}>` : `<${tag}>` };
}

/** Every element under `root` (not `root` itself), through open shadow roots and templates. */
export function composedElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const roots: ParentNode[] = [root];
  if (root instanceof Element && root.shadowRoot) roots.push(root.shadowRoot);
  while (roots.length > 0) {
    for (const el of roots.pop()!.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (el instanceof HTMLTemplateElement) roots.push(el.content);
    }
  }
  return out;
}

const HIDDEN_TEXT = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The text a reader sees in an element's shadow root (and the shadow roots
 * inside it), whitespace collapsed; stops once it has `enough` characters.
 */
export function visibleText(el: Element, enough = Infinity): string {
  let text = '';
  const roots: Node[] = el.shadowRoot ? [el.shadowRoot] : [];
  while (roots.length > 0 && text.length < enough) {
    const walker = document.createTreeWalker(roots.shift()!, NodeFilter.SHOW_ALL, {
      acceptNode: (node) =>
        node instanceof Element && HIDDEN_TEXT.has(node.tagName)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node && text.length < enough; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const part = node.textContent!.replace(/\s+/g, ' ');
        if (part.trim() !== '') text += part;
      } else if (node instanceof Element && node.shadowRoot) roots.push(node.shadowRoot);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

const NAVIGATION = ['http:', 'https:', 'mailto:'];
const MEDIA = [...NAVIGATION, 'data:', 'blob:'];
/** Attributes that load or navigate, by element: [attribute, schemes allowed]. */
const URL_ATTRIBUTES: Record<string, [string, string[]][]> = {
  a: [['href', NAVIGATION]],
  area: [['href', NAVIGATION]],
  base: [['href', NAVIGATION]],
  link: [['href', NAVIGATION]],
  form: [['action', NAVIGATION]],
  button: [['formaction', NAVIGATION]],
  input: [
    ['formaction', NAVIGATION],
    ['src', MEDIA],
  ],
  iframe: [['src', NAVIGATION]],
  frame: [['src', NAVIGATION]],
  embed: [['src', NAVIGATION]],
  object: [['data', NAVIGATION]],
  script: [['src', NAVIGATION]],
  img: [['src', MEDIA]],
  source: [['src', MEDIA]],
  video: [
    ['src', MEDIA],
    ['poster', MEDIA],
  ],
  audio: [['src', MEDIA]],
  track: [['src', MEDIA]],
};

/**
 * What is dangerous under `root`: links and sources that are not http:,
 * https: or mailto: (media may also be data: or blob:), inline event handlers,
 * srcdoc, refresh, scripts inside shadow roots. Empty when all is well.
 */
export function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of composedElements(root)) {
    if (el.attributes.length === 0) continue;
    const name = el.localName;
    const rules = [...(URL_ATTRIBUTES[name] ?? [])];
    if (el.namespaceURI === 'http://www.w3.org/2000/svg')
      rules.push(['href', NAVIGATION], ['xlink:href', NAVIGATION]);
    for (const [attribute, allowed] of rules) {
      const value = el.getAttribute(attribute);
      if (value === null) continue;
      let protocol: string;
      try {
        protocol = new URL(value, el.baseURI).protocol;
      } catch {
        continue; // Not a URL at all: the browser cannot follow it.
      }
      if (!allowed.includes(protocol)) found.push(`<${name} ${attribute}="${value.slice(0, 80)}">`);
    }
    for (const attribute of el.getAttributeNames()) {
      if (/^on/i.test(attribute)) found.push(`<${name} ${attribute}>`);
    }
    if (el.hasAttribute('srcdoc')) found.push(`<${name} srcdoc>`);
    if (name === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh')
      found.push('<meta http-equiv=refresh>');
    if (name === 'script' && el.getRootNode() instanceof ShadowRoot)
      found.push('<script> in a shadow root');
  }
  return found;
}

const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['EventTarget.prototype', EventTarget.prototype],
  ['HTMLElement.prototype', HTMLElement.prototype],
];
const original = new Map(PROTOTYPES.map(([name, proto]) => [name, Reflect.ownKeys(proto).length]));

/** Prototypes that gained or lost properties since this module loaded; and `({}).polluted`. */
export function pollution(): string[] {
  const found = PROTOTYPES.filter(
    ([name, proto]) => Reflect.ownKeys(proto).length !== original.get(name),
  ).map(([name]) => name);
  for (const key of ['polluted', 'toString']) {
    const value = ({} as Record<string, unknown>)[key];
    if (key === 'polluted' ? value !== undefined : value !== Object.prototype.toString)
      found.push(`({}).${key}`);
  }
  return found;
}

/** Whether a hostile payload ever ran (they all set window.__pwned, or parent.__pwned). */
export const pwned = () => (window as { __pwned?: unknown }).__pwned;

/**
 * Everything that goes wrong on the page from now on: uncaught exceptions,
 * unhandled rejections and console.error calls. `stop()` restores console.error.
 */
export function watchProblems(win: Window & typeof globalThis = window) {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    problems.push(`unhandled rejection: ${String(event.reason)}`);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  const consoleError = win.console.error;
  win.console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(win.console, args);
  };
  return {
    problems,
    stop() {
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
      win.console.error = consoleError;
    },
  };
}

/** Whether the element shows the shared error state: an alert with a sentence and Try again. */
export function showsError(el: Element): boolean {
  const alert = el.shadowRoot?.querySelector('[role=alert]');
  return !!alert && alert.textContent!.trim() !== '' && !!alert.querySelector('button');
}

/** Whether the element shows the loading state (the shared status with aria-busy). */
export function showsLoading(el: Element): boolean {
  return !!el.shadowRoot?.querySelector('[part~=status][aria-busy=true]');
}
