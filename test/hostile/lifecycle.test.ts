// Lifecycle on real partner pages: the CDN bundles loaded twice (and beside
// the per-element bundles, each with its own copy of Lit), and elements removed
// and put back many times without leaving timers, listeners or observers behind.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { libraryElements, visibleText } from '../helpers/hostile.js';

const { rendering, providers } = await libraryElements();

/** Opens `html` in an iframe; resolves with its window once loaded. */
async function open(html: string): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 600px';
  frame.srcdoc = html;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Window & typeof globalThis;
}

/** Collects the page's uncaught errors, rejections, console errors and warnings. */
const WATCH = `<script>
  window.problems = [];
  addEventListener('error', (e) => problems.push('uncaught: ' + e.message));
  addEventListener('unhandledrejection', (e) => problems.push('rejection: ' + e.reason));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { problems.push(level + ': ' + args.join(' ')); original(...args); };
  }
</script>`;

type Page = Window & typeof globalThis & { problems: string[] };

async function settled(win: Window & typeof globalThis) {
  await Promise.all([...rendering, ...providers].map((t) => win.customElements.whenDefined(t)));
  const all = [...win.document.querySelectorAll<ReactiveElement>(rendering.join(','))];
  await waitUntil(
    () => all.every((el) => !el.shadowRoot?.querySelector('[aria-busy=true]')),
    'an element is still loading',
    { timeout: 5000 },
  );
}

describe('lifecycle', function () {
  this.timeout(30000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    frames.length = 0;
  });

  it('two copies of the CDN bundle, after the per-element bundles: one definition each, all working, no error', async () => {
    const bundle = '/dist/cdn/imrf-widgets.js';
    expect((await fetch(bundle, { method: 'HEAD' })).ok, `${bundle}: run npm run build`).to.be.true;
    // Every element's own bundle that exists, loaded first: each has its own Lit.
    const own: string[] = [];
    for (const tag of [...rendering, ...providers])
      if ((await fetch(`/dist/cdn/${tag}.js`, { method: 'HEAD' })).ok) own.push(tag);
    expect(own, 'per-element bundles').to.not.be.empty;
    const elements = rendering.map((t) => `<${t}></${t}>`).join('');
    for (const first of [own.map((t) => `/dist/cdn/${t}.js`), []]) {
      const scripts = [...first, bundle, `${bundle}?copy=2`]
        .map((src) => `<script type="module" src="${src}"></script>`)
        .join('');
      const win = (await open(`<!doctype html><html lang="en"><head>${WATCH}${scripts}</head><body>
        ${providers.map((p) => `<${p} src="/hostile/net/typed?type=application/json&title=Shared">${elements}</${p}>`).join('')}
        ${elements}</body></html>`)) as Page;
      await settled(win);
      for (const el of win.document.querySelectorAll(rendering.join(','))) {
        const label = `${el.localName}${el.parentElement!.localName === 'body' ? '' : ' in a provider'}`;
        expect(visibleText(el), label).to.match(/\w/);
        expect(el.shadowRoot!.querySelector('[role=alert]'), label).to.equal(null);
        // Inside a provider, the element shows the provider's data, across bundles.
        const state = (el as unknown as { forum?: { state?: { forum?: { title?: unknown } } } })
          .forum?.state;
        if (el.parentElement!.localName !== 'body')
          expect(state?.forum?.title, label).to.equal('Shared');
      }
      expect(win.problems).to.deep.equal([]);
    }
  });

  it('elements removed and put back many times leave no timer, listener or observer behind', async () => {
    const win = await open(`<!doctype html><html lang="en"><head><script>
      // Installed before the library loads: what is active, by kind.
      window.active = { timeouts: new Set(), intervals: new Set(), listeners: new Set(), observers: new Set() };
      const { timeouts, intervals, listeners, observers } = active;
      const [st, ct, si, ci] = [setTimeout, clearTimeout, setInterval, clearInterval];
      window.setTimeout = (fn, ms, ...args) => {
        const id = st((...a) => { timeouts.delete(id); typeof fn === 'function' && fn(...a); }, ms, ...args);
        timeouts.add(id);
        return id;
      };
      window.clearTimeout = (id) => { timeouts.delete(id); ct(id); };
      window.setInterval = (fn, ms, ...args) => { const id = si(fn, ms, ...args); intervals.add(id); return id; };
      window.clearInterval = (id) => { intervals.delete(id); ci(id); };
      // Listeners on the page itself (not on the elements, which go with them).
      const watched = (t) => t === window || t === document || t === document.documentElement ||
        t === document.head || t === document.body || t instanceof MediaQueryList || t === screen ||
        t === visualViewport;
      const key = new WeakMap();
      let next = 0;
      const id = (o) => { if (!key.has(o)) key.set(o, next++); return key.get(o); };
      const keyOf = (t, type, fn, options) =>
        [t === window ? 'window' : t === document ? 'document' : t.constructor.name, type, id(fn),
          !!(typeof options === 'boolean' ? options : options?.capture)].join('|');
      const add = EventTarget.prototype.addEventListener;
      const remove = EventTarget.prototype.removeEventListener;
      EventTarget.prototype.addEventListener = function (type, fn, options) {
        if (fn && watched(this)) {
          const k = keyOf(this, type, fn, options);
          listeners.add(k);
          options?.signal?.addEventListener('abort', () => listeners.delete(k));
        }
        return add.call(this, type, fn, options);
      };
      EventTarget.prototype.removeEventListener = function (type, fn, options) {
        if (fn && watched(this)) listeners.delete(keyOf(this, type, fn, options));
        return remove.call(this, type, fn, options);
      };
      for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
        const Original = window[name];
        if (!Original) continue;
        window[name] = class extends Original {
          observe(...args) { observers.add(this); return super.observe(...args); }
          disconnect() { observers.delete(this); return super.disconnect(); }
        };
      }
    </script><script type="module" src="/src/define.ts"></script></head><body></body></html>`);
    const active = (win as unknown as { active: Record<string, Set<unknown>> }).active;
    const counts = () =>
      Object.fromEntries(Object.entries(active).map(([kind, set]) => [kind, set.size]));
    await Promise.all([...rendering, ...providers].map((t) => win.customElements.whenDefined(t)));
    const doc = win.document;

    /** One of each: on the default data, loading a src that never answers, inside a provider. */
    let n = 0;
    const make = () => {
      const els: HTMLElement[] = [];
      for (const tag of rendering) {
        els.push(doc.createElement(tag));
        const loading = doc.createElement(tag);
        loading.setAttribute('src', `/hostile/net/hang?key=life-${n++}`);
        els.push(loading);
      }
      providers.forEach((tag, i) => {
        const provider = doc.createElement(tag);
        provider.append(doc.createElement(rendering[i % rendering.length]!));
        els.push(provider);
      });
      return els;
    };
    const cycle = async (els: HTMLElement[]) => {
      doc.body.append(...els);
      const all = els.flatMap((el) => [el, ...el.querySelectorAll('*')]) as ReactiveElement[];
      await Promise.all(all.map((el) => el.updateComplete));
      // Long enough for the slow-loading timer and any other first-frame work to start.
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      for (const el of els) el.remove();
    };
    const calm = () => new Promise((resolve) => setTimeout(resolve, 100));

    // A first round sets up what a page keeps once (the shared context root, caches).
    await cycle(make());
    await calm();
    const baseline = counts();

    const kept = make();
    for (let round = 0; round < 25; round++) {
      await cycle(make()); // new elements
      await cycle(kept); // the same elements, put back
    }
    await calm();
    expect(counts(), 'active after 50 rounds, against after one').to.deep.equal(baseline);

    // Put back once more, the elements still work.
    doc.body.append(...kept);
    await waitUntil(
      () =>
        kept
          .filter((el) => !el.hasAttribute('src'))
          .every(
            (el) =>
              visibleText(providers.includes(el.localName) ? el.firstElementChild! : el) !== '',
          ),
      'an element put back shows nothing',
    );
    for (const el of kept) el.remove();
  });
});
