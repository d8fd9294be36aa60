// Hostile host pages: global resets, framework preflights and aggressive
// !important rules must not break any element's layout or make its text
// unreadable, and the elements' styles must not leak onto the page. Every
// element renders in an iframe with a clean page and in one per hostile
// stylesheet; boxes and text styles are compared.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { composedElements, libraryElements } from '../helpers/hostile.js';

/** Stylesheets partner pages really have, and worse. */
const HOSTILE: Record<string, string> = {
  'all: unset': '*, *::before, *::after { all: unset; }',
  'div { display: flex !important }':
    'div, section, p, ul, li, span { display: flex !important; flex-direction: row !important; }',
  'html { font-size: 62.5% }': 'html { font-size: 62.5%; } body { font-size: 1.6rem; }',
  'body { direction: rtl }': 'body { direction: rtl; text-align: right; }',
  'aggressive !important on every tag': `* {
    margin: 3em !important; padding: 2em !important; border: 5px dashed red !important;
    color: #f0f !important; background: #ff0 !important; opacity: 0.99 !important;
    font-family: 'Comic Sans MS', fantasy !important; font-weight: 900 !important;
    font-style: italic !important; font-variant: small-caps !important;
    font-stretch: condensed !important; font-kerning: none !important;
    font-feature-settings: 'smcp' !important; font-variation-settings: 'wght' 900 !important;
    line-height: 3 !important; letter-spacing: 0.3em !important; word-spacing: 1em !important;
    text-transform: uppercase !important; text-align: center !important;
    text-indent: 5em !important; text-shadow: 2px 2px 2px red !important;
    text-decoration: underline wavy red !important; text-rendering: optimizeSpeed !important;
    white-space: pre !important; word-break: break-all !important; hyphens: auto !important;
    overflow-wrap: normal !important; tab-size: 20 !important; list-style: square inside !important;
    writing-mode: horizontal-tb !important; -webkit-text-fill-color: #0f0 !important;
    -webkit-text-stroke: 1px blue !important; caret-color: red !important;
    cursor: wait !important; quotes: '«' '»' !important; visibility: visible !important;
    box-sizing: border-box !important; vertical-align: super !important;
    transition: all 10s !important; animation: none !important;
  }`,
  'Tailwind-like preflight': `
    *, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; border-color: #e5e7eb; }
    html { line-height: 1.5; -webkit-text-size-adjust: 100%; tab-size: 4;
      font-family: ui-sans-serif, system-ui, sans-serif; font-feature-settings: normal; }
    body { margin: 0; line-height: inherit; }
    h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
    a { color: inherit; text-decoration: inherit; }
    button, input, select, textarea { font-family: inherit; font-size: 100%; font-weight: inherit;
      line-height: inherit; color: inherit; margin: 0; padding: 0; }
    button { text-transform: none; background-color: transparent; background-image: none; }
    ol, ul, menu { list-style: none; margin: 0; padding: 0; }
    img, svg, video, canvas { display: block; vertical-align: middle; }
    [hidden] { display: none; }`,
  'Bootstrap-like reboot': `
    :root { --bs-body-font-family: Georgia, serif; --bs-body-color: #212529; font-size: 18px; }
    *, *::before, *::after { box-sizing: border-box; }
    body { margin: 0; font-family: var(--bs-body-font-family); font-size: 1rem; font-weight: 400;
      line-height: 1.5; color: var(--bs-body-color); text-align: left; background-color: #fff; }
    h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2; }
    p { margin-top: 0; margin-bottom: 1rem; }
    ol, ul { padding-left: 2rem; margin-top: 0; margin-bottom: 1rem; }
    a { color: #0d6efd; text-decoration: underline; }
    button { border-radius: 0; text-transform: none; margin: 0; font-family: inherit; }
    section, div { padding: 0.25rem; }`,
};

/**
 * The box an element shows: its own, or where the page made it inline and WebKit
 * measures nothing for it (though its content shows), its root wrapper's
 * (`part="base"`, inside its shadow root, or inside the first element of a provider).
 */
function shownBox(el: Element): DOMRect {
  const own = el.getBoundingClientRect();
  if (own.width > 0 && own.height > 0) return own;
  const rendering = el.shadowRoot?.querySelector('[part~=base]') ? el : el.firstElementChild;
  return rendering?.shadowRoot?.querySelector('[part~=base]')?.getBoundingClientRect() ?? own;
}

/** The host's box, pinned so the two pages give every element the same room and font size. */
const PINNED = [
  'box-sizing: content-box',
  'display: block',
  'inline-size: 600px',
  'max-inline-size: none',
  'min-inline-size: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'font-size: 16px',
  'float: none',
  'position: static',
]
  .map((d) => `${d} !important`)
  .join('; ');
const WRAPPER =
  'inline-size: 700px !important; flex: none !important; padding: 0 !important; border: 0 !important';

/** Computed text styles a reader sees, compared between the pages. */
const TEXT_STYLES = [
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'text-rendering',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'tab-size',
  'writing-mode',
  'color',
  '-webkit-text-fill-color',
  '-webkit-text-stroke-width',
  'visibility',
  'opacity',
  'vertical-align',
];
/** Computed box styles of every element in the shadow trees. */
const BOX_STYLES = ['background-color', 'border-top-width', 'border-top-color', 'list-style-type'];
/** What a page's own elements keep, with our elements beside them or not. */
const PAGE_STYLES = [
  'color',
  'background-color',
  'font-size',
  'font-family',
  'margin-top',
  'padding-top',
  'min-height',
  'display',
  'border-top-width',
  'border-radius',
  'outline-style',
];

const { rendering, providers } = await libraryElements();

/** The elements of one page: each rendering element ready and in error, each provider with a child. */
function cases(): string[] {
  const out: string[] = [];
  for (const tag of rendering) {
    out.push(`<${tag}></${tag}>`, `<${tag} data="{"></${tag}>`);
  }
  providers.forEach((tag, i) => {
    const child = rendering[i % rendering.length];
    out.push(`<${tag}><${child}></${child}></${tag}>`);
  });
  return out;
}

function page(sheet: string): string {
  const body = cases()
    .map(
      (markup, i) => `<section class="case" id="case-${i}">
        <div class="pinned" style="${WRAPPER}">${markup.replace(/<(imrf-[\w-]+)/g, `<$1 style="${PINNED}"`)}</div>
        <div class="free" style="${WRAPPER}">${markup}</div>
        <div class="beside"><p class="page">Page text</p><button class="page">Page button</button></div>
      </section>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <style>${sheet}</style>
    <script type="module" src="/src/define.ts"></script></head>
    <body>${body}<section class="reference"><div class="beside"><p class="page">Page text</p><button class="page">Page button</button></div></section></body></html>`;
}

interface Measured {
  doc: Document;
  win: Window;
}

/** Loads `sheet`'s page in an iframe and waits until every element has rendered. */
async function open(sheet: string): Promise<Measured> {
  const frame = document.createElement('iframe');
  // Every frame at the top of the viewport, one over the other: WebKit holds
  // back the animation frames of an iframe out of view (10 s for each page).
  frame.style.cssText =
    'position: fixed; inset-block-start: 0; inset-inline-start: 0; inline-size: 1000px; block-size: 1500px; border: 0';
  frame.srcdoc = page(sheet);
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await Promise.all([...rendering, ...providers].map((t) => win.customElements.whenDefined(t)));
  const all = [...doc.querySelectorAll<ReactiveElement>(rendering.join(','))];
  for (let i = 0; i < 3; i++) await Promise.all(all.map((el) => el.updateComplete));
  // What a first render held back for after the first paint (the schedule's
  // later days and filter options) has rendered too.
  await waitUntil(
    () => all.every((el) => !el.shadowRoot?.querySelector('[data-held]')),
    'held-back content never rendered',
  );
  await Promise.all(all.map((el) => el.updateComplete));
  await doc.fonts.ready;
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  return { doc, win };
}

const opened: HTMLIFrameElement[] = [];
let clean: Measured;

/** The element that shows something in a case (the child inside a provider). */
function shown(host: Element): Element {
  return providers.includes(host.localName) ? host.firstElementChild! : host;
}

function describeNode(el: Element): string {
  const part = el.getAttribute('part');
  return `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}${part ? `[part=${part}]` : ''}`;
}

/** Boxes and styles of everything inside an element's shadow tree. */
function snapshot(host: Element, win: Window) {
  const el = shown(host);
  const nodes = composedElements(el.shadowRoot!);
  return nodes.map((node) => {
    const rect = node.getBoundingClientRect();
    const style = win.getComputedStyle(node);
    const hasText = [...node.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
    );
    return {
      what: describeNode(node),
      width: rect.width,
      height: rect.height,
      styles: Object.fromEntries(
        [...BOX_STYLES, ...(hasText ? TEXT_STYLES : [])].map((p) => [p, style.getPropertyValue(p)]),
      ),
    };
  });
}

function pageStyles(el: Element, win: Window) {
  const style = win.getComputedStyle(el);
  return Object.fromEntries(PAGE_STYLES.map((p) => [p, style.getPropertyValue(p)]));
}

describe('hostile host pages', function () {
  this.timeout(30000);

  before(async () => {
    clean = await open('');
    opened.push(clean.doc.defaultView!.frameElement as HTMLIFrameElement);
  });
  after(() => opened.forEach((f) => f.remove()));

  it('the clean page shows every element', () => {
    const cases = [...clean.doc.querySelectorAll('.case')];
    expect(cases.length).to.equal(rendering.length * 2 + providers.length);
    for (const c of cases) {
      const host = c.querySelector('.pinned > *')!;
      expect(shown(host).shadowRoot!.textContent!.trim(), describeNode(host)).to.not.equal('');
    }
  });

  for (const [name, sheet] of Object.entries(HOSTILE)) {
    it(`${name}: the same layout and text, and no style leaks out`, async () => {
      const hostile = await open(sheet);
      opened.push(hostile.doc.defaultView!.frameElement as HTMLIFrameElement);
      const problems: string[] = [];
      const cleanCases = [...clean.doc.querySelectorAll('.case')];
      const hostileCases = [...hostile.doc.querySelectorAll('.case')];
      cleanCases.forEach((cleanCase, i) => {
        const hostileCase = hostileCases[i]!;
        // Given the same room and font size, every box and text style inside is the same.
        const a = snapshot(cleanCase.querySelector('.pinned > *')!, clean.win);
        const b = snapshot(hostileCase.querySelector('.pinned > *')!, hostile.win);
        const label = cases()[i]!;
        if (a.length !== b.length) problems.push(`${label}: ${a.length} nodes, ${b.length} now`);
        a.forEach((x, j) => {
          const y = b[j];
          if (!y) return;
          if (Math.abs(x.width - y.width) > 1 || Math.abs(x.height - y.height) > 1)
            problems.push(`${label} ${x.what}: ${x.width}×${x.height} → ${y.width}×${y.height}`);
          for (const [p, v] of Object.entries(x.styles))
            if (y.styles[p] !== v) problems.push(`${label} ${x.what}: ${p} ${v} → ${y.styles[p]}`);
        });
        // Left to the page's layout, the element is still visible and fills its line.
        const free = hostileCase.querySelector('.free > *')!;
        const cleanFree = cleanCase.querySelector('.free > *')!;
        const style = hostile.win.getComputedStyle(free);
        const own = ['margin', 'border', 'padding'].reduce(
          (sum, box) =>
            sum +
            parseFloat(style.getPropertyValue(`${box}-left${box === 'border' ? '-width' : ''}`)) +
            parseFloat(style.getPropertyValue(`${box}-right${box === 'border' ? '-width' : ''}`)),
          0,
        );
        const width = shownBox(free).width;
        const cleanWidth = shownBox(cleanFree).width;
        // Its display is the page's to decide (a page that unsets everything gets it inline),
        // but it still shows, on the whole line.
        if (style.display === 'none') problems.push(`${label}: display none`);
        if (width + own < cleanWidth * 0.95 || shownBox(free).height === 0)
          problems.push(`${label}: squeezed to ${width}px wide (clean: ${cleanWidth}px)`);
        // Our styles stay in: the page's text and button beside the element are untouched.
        const reference = hostile.doc.querySelector('.reference')!;
        for (const tag of ['p', 'button']) {
          const beside = pageStyles(
            hostileCase.querySelector(`.beside > ${tag}.page`)!,
            hostile.win,
          );
          const alone = pageStyles(reference.querySelector(`${tag}.page`)!, hostile.win);
          for (const [p, v] of Object.entries(alone))
            if (beside[p] !== v)
              problems.push(`${label}: the page's ${tag} ${p} ${v} → ${beside[p]}`);
        }
      });
      // Nothing was added to the page's own style sheets.
      expect(hostile.doc.adoptedStyleSheets.length, 'adopted sheets on the page').to.equal(0);
      expect(hostile.doc.styleSheets.length, 'style sheets on the page').to.equal(1);
      expect(problems.slice(0, 40), `${problems.length} differences`).to.deep.equal([]);
    });
  }
});
