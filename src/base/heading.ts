import { ifDefined } from 'lit/directives/if-defined.js';
import { html } from 'lit';
import { templateStrings } from './html.js';

/** The level of an element's top heading when the page gives none (`heading-level`). */
export const DEFAULT_HEADING_LEVEL = 2;

/**
 * The level of a heading `offset` levels below an element's top heading:
 * `level` is the `heading-level` a partner gave (1–6; a missing or unusable
 * value means 2, a value out of range is brought into it), and the result
 * never goes past 6.
 */
export function headingLevel(level: number | null | undefined, offset = 0): number {
  const top = Math.min(Math.max(Math.trunc(Number(level)) || DEFAULT_HEADING_LEVEL, 1), 6);
  return Math.min(top + offset, 6);
}

/** What a heading carries besides its text. */
export interface HeadingOptions {
  /** The element's `heading-level`. */
  readonly level: number | null | undefined;
  /** How many levels below the element's top heading (0: the top heading). */
  readonly offset?: number;
  readonly id?: string;
  readonly className?: string;
  readonly part?: string;
  /** Focusable by script (`tabindex="-1"`), for headings focus moves to. */
  readonly focusable?: boolean;
  /** The language of its text, where it differs from the element's (an official text in English). */
  readonly lang?: string;
}

/**
 * The template of each level, `<hN id class part tabindex lang>content</hN>`,
 * made once. Not a tag chosen at run time with `lit/static-html.js`, which
 * every page would download and which looks its template up again at every
 * render.
 */
const TEMPLATES = [1, 2, 3, 4, 5, 6].map((n) =>
  templateStrings([`<h${n} id=`, ' class=', ' part=', ' tabindex=', ' lang=', '>', `</h${n}>`]),
);

/** A real `<h1>`–`<h6>` at the level `heading-level` asks for. */
export function heading(options: HeadingOptions, content: unknown) {
  const { level, offset = 0, id, className, part, focusable, lang } = options;
  return html(
    TEMPLATES[headingLevel(level, offset) - 1]!,
    ifDefined(id),
    ifDefined(className),
    ifDefined(part),
    ifDefined(focusable ? '-1' : undefined),
    ifDefined(lang),
    content,
  );
}
