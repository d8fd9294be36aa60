import { safeUrl } from '../data/safe-url.js';

/**
 * A link from a partner's template such as `/roundtables/{number}` or
 * `/programme#{id}`: each `{name}` filled in (URL-encoded), a relative URL
 * resolved against the page, and only http:, https: and mailto: links kept.
 */
export function templateLink(
  template: string | null | undefined,
  values: Readonly<Record<string, string | number>>,
  base: string = document.baseURI,
): string | undefined {
  if (!template?.trim()) return undefined;
  const filled = template
    .trim()
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? encodeURIComponent(String(values[name])) : whole,
    );
  try {
    return safeUrl(new URL(filled, base).href);
  } catch {
    return undefined;
  }
}
