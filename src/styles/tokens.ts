import { css, unsafeCSS } from 'lit';

/**
 * The colour tokens: each public `--imrf-color-NAME` (light) and
 * `--imrf-color-NAME-dark` (dark), with their defaults, become one private
 * `--_NAME` that is the light or the dark value as the element's used colour
 * scheme says, through CSS `light-dark()`.
 */
const COLORS: ReadonlyArray<readonly [name: string, light: string, dark: string]> = [
  ['primary', '#009edb', '#009edb'],
  ['primary-strong', '#006ca8', '#6cc8f2'],
  ['on-primary', '#ffffff', '#0b1a24'],
  ['text', '#1b1f23', '#e8eaed'],
  ['text-muted', '#4f5963', '#b4bcc4'],
  ['surface', '#ffffff', '#15181c'],
  ['surface-alt', '#f3f8fc', '#1f252b'],
  ['border', '#ccd5dd', '#3d4650'],
  ['control-border', '#6b7682', '#8c97a3'],
  ['danger', '#b3261e', '#ff9c94'],
  ['success', '#1d6b2f', '#8fd19e'],
  ['live', '#b3261e', '#ff9c94'],
];

const light = (name: string, value: string) => `var(--imrf-color-${name}, ${value})`;
const dark = (name: string, value: string) => `var(--imrf-color-${name}-dark, ${value})`;
const declare = (value: (name: string, light: string, dark: string) => string) =>
  unsafeCSS(COLORS.map(([name, l, d]) => `--_${name}: ${value(name, l, d)};`).join('\n'));

/**
 * The theming base of every element: public tokens (`--imrf-*`, set by
 * partners on :root or any ancestor) become private values (`--_*`) on the
 * host, with literal defaults. The public names are never set here.
 * Sizes are in em, relative to the host's font size. The public tokens are
 * documented on `ImrfElement`; dark values use the same names ending in `-dark`.
 *
 * The partner's page decides light or dark: the host inherits the page's
 * `color-scheme` (a page that declares none stays light; one that declares
 * `light dark` follows its visitor), and `theme` overrides it. Nothing here
 * overrides a page's rule on the host (no `!important`): a partner's
 * `display: none`, class rule or inline style wins, as for any element.
 */
export const tokens = css`
  :host {
    ${declare((name, l, d) => `light-dark(${light(name, l)}, ${dark(name, d)})`)}
    --_font: var(
      --imrf-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Sans SC',
      sans-serif
    );
    --_line-height: var(--imrf-line-height, 1.5);
    --_radius: var(--imrf-radius, 0.25em);
    --_space-1: var(--imrf-space-1, 0.25em);
    --_space-2: var(--imrf-space-2, 0.5em);
    --_space-3: var(--imrf-space-3, 0.75em);
    --_space-4: var(--imrf-space-4, 1em);
    --_space-5: var(--imrf-space-5, 1.5em);
    --_space-6: var(--imrf-space-6, 2em);
    display: block;
    /* A block fills its line; in a page's flex row an element would instead
       shrink to its content, and to nothing with a container query inside. */
    inline-size: -webkit-fill-available;
    inline-size: -moz-available;
    inline-size: stretch;
  }
  /* Type and colour are set on the root wrapper inside the shadow root, so
     page rules that reach the host element (even * { color: red }) stop there;
     so is every other inherited text property a page may set (text-shadow,
     small caps, tab-size, list markers, WebKit's text fill…). */
  .root {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    line-height: var(--_line-height);
    font-weight: normal;
    font-style: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    text-shadow: none;
    text-rendering: auto;
    word-break: normal;
    hyphens: manual;
    tab-size: 8;
    list-style: disc outside none;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  /* Engines without light-dark() (before 2024) get the light values, and the
     dark ones where the theme asks for them. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${declare(light)}
    }
    :host([theme='dark']) {
      ${declare((name, _, d) => dark(name, d))}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${declare((name, _, d) => dark(name, d))}
      }
    }
  }
  @media (forced-colors: active) {
    :host {
      --_primary: CanvasText;
      --_primary-strong: LinkText;
      --_on-primary: ButtonText;
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_control-border: ButtonText;
      --_danger: CanvasText;
      --_success: CanvasText;
      --_live: Highlight;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
