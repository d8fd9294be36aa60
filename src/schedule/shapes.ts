import { svg, type SVGTemplateResult } from 'lit';
import { html } from '../base/html.js';
import type { SessionKind } from '../data/types.js';

/**
 * One shape per session kind, so kinds differ by form as well as by their
 * text label, never by colour alone: a hearing is a disc, a round table a
 * ring, a policy debate a diamond, a plenary a square, a side event a cross, anything else a triangle.
 */
const SHAPES: Readonly<Record<SessionKind, SVGTemplateResult>> = {
  hearing: svg`<circle cx="8" cy="8" r="6" />`,
  roundtable: svg`<circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="2.5" />`,
  'policy-debate': svg`<path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" />`,
  plenary: svg`<rect x="2" y="2" width="12" height="12" />`,
  'side-event': svg`<path d="M5.5 1.5h5v4h4v5h-4v4h-5v-4h-4v-5h4Z" />`,
  other: svg`<path d="M8 2 14.5 14h-13Z" />`,
};

/** The kind's shape, decorative (the kind's label is always next to it). */
export const shape = (kind: SessionKind) =>
  html`<svg class="shape" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${SHAPES[kind]}
  </svg>`;
