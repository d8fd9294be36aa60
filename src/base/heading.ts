import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';

/** The level of an element's top heading when the page gives none (`heading-level`). */
export const DEFAULT_HEADING_LEVEL = 2;

const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

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
 * A real `<h1>`–`<h6>` at the level `heading-level` asks for. The one
 * template with a tag chosen at run time, so every other stays a plain,
 * linted `html` template.
 */
export function heading(options: HeadingOptions, content: unknown) {
  const { level, offset = 0, id, className, part, focusable, lang } = options;
  const tag = TAGS[headingLevel(level, offset) - 1];
  return staticHtml`<${tag}
    id=${ifDefined(id)}
    class=${ifDefined(className)}
    part=${ifDefined(part)}
    tabindex=${ifDefined(focusable ? '-1' : undefined)}
    lang=${ifDefined(lang)}
    >${content}</${tag}
  >`;
}
