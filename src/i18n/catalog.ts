export type { Catalog, Section } from './catalogs/en.js';

/** Replaces each `{name}` in a catalog string with its value. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
