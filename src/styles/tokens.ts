import { css } from 'lit';

/**
 * Private values for the dark theme, each read from its public `-dark` token.
 * Used twice below: for `theme="dark"` and for the visitor's dark preference.
 */
const dark = css`
  --_primary: var(--imrf-color-primary-dark, #009edb);
  --_primary-strong: var(--imrf-color-primary-strong-dark, #6cc8f2);
  --_on-primary: var(--imrf-color-on-primary-dark, #0b1a24);
  --_text: var(--imrf-color-text-dark, #e8eaed);
  --_text-muted: var(--imrf-color-text-muted-dark, #b4bcc4);
  --_surface: var(--imrf-color-surface-dark, #15181c);
  --_surface-alt: var(--imrf-color-surface-alt-dark, #1f252b);
  --_border: var(--imrf-color-border-dark, #3d4650);
  --_control-border: var(--imrf-color-control-border-dark, #8c97a3);
  --_danger: var(--imrf-color-danger-dark, #ff9c94);
  --_success: var(--imrf-color-success-dark, #8fd19e);
  --_live: var(--imrf-color-live-dark, #ff9c94);
  color-scheme: dark;
`;

/**
 * The theming base of every element: public tokens (`--imrf-*`, set by
 * partners on :root or any ancestor) become private values (`--_*`) on the
 * host, with literal defaults. The public names are never set here.
 * Sizes are in em, relative to the host's font size. The public tokens are
 * documented on `ImrfElement`; dark values use the same names ending in `-dark`.
 */
export const tokens = css`
  :host {
    --_primary: var(--imrf-color-primary, #009edb);
    --_primary-strong: var(--imrf-color-primary-strong, #006ca8);
    --_on-primary: var(--imrf-color-on-primary, #ffffff);
    --_text: var(--imrf-color-text, #1b1f23);
    --_text-muted: var(--imrf-color-text-muted, #4f5963);
    --_surface: var(--imrf-color-surface, #ffffff);
    --_surface-alt: var(--imrf-color-surface-alt, #f3f8fc);
    --_border: var(--imrf-color-border, #ccd5dd);
    --_control-border: var(--imrf-color-control-border, #6b7682);
    --_danger: var(--imrf-color-danger, #b3261e);
    --_success: var(--imrf-color-success, #1d6b2f);
    --_live: var(--imrf-color-live, #b3261e);
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
    color-scheme: light;
    display: block !important;
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
    display: none !important;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
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
