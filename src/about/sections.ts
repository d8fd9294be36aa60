/**
 * The blocks `<imrf-about>` can show and the values of its attributes,
 * declared once: the types and the runtime checks both come from here.
 */

/** The blocks of the full view, in their default order. */
export const ABOUT_SECTIONS = [
  'overview',
  'format',
  'outcome',
  'documents',
  'principles',
  'participation',
] as const;
export type AboutSection = (typeof ABOUT_SECTIONS)[number];

/** The values of the `variant` attribute. */
export const ABOUT_VARIANTS = ['full', 'card'] as const;
export type AboutVariant = (typeof ABOUT_VARIANTS)[number];

const isSection = (value: string): value is AboutSection =>
  (ABOUT_SECTIONS as readonly string[]).includes(value);

/**
 * The blocks a `sections` attribute asks for, in its order, each once
 * (`"outcome documents"`, commas allowed). Unknown names are skipped; with
 * none left, every block in the default order.
 */
export function parseSections(value: string | null | undefined): readonly AboutSection[] {
  const asked = (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(isSection);
  return asked.length > 0 ? [...new Set(asked)] : ABOUT_SECTIONS;
}

/** A heading level from an attribute: a whole number clamped to 1–6, else 2. */
export function headingLevel(value: unknown): number {
  const level = Math.trunc(Number(value));
  return Number.isFinite(level) && level > 0 ? Math.min(level, 6) : 2;
}
