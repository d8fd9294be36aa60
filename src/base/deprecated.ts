// Old spellings of attributes and properties keep working until 1.0, with a
// warning in the console the first time a page uses each one.

const warned = new Set<string>();

/**
 * Warns, once per page for each element and old name, that `old` is a
 * deprecated spelling of `current` (CHANGELOG.md lists them).
 */
export function warnDeprecated(tag: string, old: string, current: string): void {
  const key = `${tag} ${old}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `<${tag}>: "${old}" is deprecated and will be removed in 1.0; use "${current}" instead.`,
  );
}

/** @internal Forgets which warnings were given (tests only). */
export function resetDeprecationWarnings(): void {
  warned.clear();
}
