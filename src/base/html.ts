/**
 * Lit's `html` without the whitespace that formatting puts between tags.
 * Every line break and indent of a template becomes a text node of its own,
 * which the browser creates, styles and lays out for nothing (in the
 * schedule, most of its text nodes). This tag removes a run of whitespace
 * that holds a line break where it is formatting: between two tags, between
 * a tag and an expression, between two expressions, and at a template's start
 * and end. A run between words, or between a word and a tag, is kept, and so
 * is whitespace without a line break (` · `, a deliberate space): text reads
 * the same. Two expressions that are both text need their space written in
 * one of them. Each template is rewritten once and cached, so Lit still
 * prepares it once.
 */
import { html as litHtml, type TemplateResult } from 'lit';

const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/** A break with its indent, at the start or end of a static part. */
const LEADING = /^\s*\n\s*/;
const TRAILING = /\s*\n\s*$/;

function compact(strings: TemplateStringsArray): TemplateStringsArray {
  const last = strings.length - 1;
  const parts = strings.map((part, i) => {
    let out = part.replace(/>\s*\n\s*</g, '><');
    if (i === 0 || out.replace(LEADING, '').startsWith('<')) out = out.replace(LEADING, '');
    if (i === last || /(^|>)\s*\n\s*$/.test(out)) out = out.replace(TRAILING, '');
    return out;
  });
  return templateStrings(parts);
}

/**
 * `parts` as the strings of a tagged template, which Lit's `html` accepts as
 * its first argument (it takes only an array with its `raw` strings).
 */
export function templateStrings(parts: string[]): TemplateStringsArray {
  return Object.freeze(Object.assign(parts, { raw: Object.freeze([...parts]) }));
}

/** Lit's `html` tag, with formatting whitespace between tags removed (see above). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let rewritten = compacted.get(strings);
  if (!rewritten) compacted.set(strings, (rewritten = compact(strings)));
  return litHtml(rewritten, ...values);
}
