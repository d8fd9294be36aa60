import { safeUrl } from './safe-url.js';

/**
 * A link from a partner's URL template such as `/objectives/{number}` (the
 * `objective-href` and `roundtable-href` attributes of every element): each
 * `{number}` filled in, a relative URL resolved against the page, and only
 * http:, https: and mailto: links kept (undefined otherwise, and for an
 * empty template).
 */
export function templateHref(
  template: string | null | undefined,
  number: number,
  base: string = document.baseURI,
): string | undefined {
  if (!template?.trim()) return undefined;
  try {
    return safeUrl(new URL(template.trim().replaceAll('{number}', String(number)), base).href);
  } catch {
    return undefined; // not a URL at all
  }
}
