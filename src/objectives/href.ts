import { safeUrl } from '../data/safe-url.js';
import { fill } from '../i18n/catalog.js';

/**
 * A link from a partner's template such as `/objectives/{number}`: the
 * number filled in, a relative URL resolved against the page, and only
 * http:, https: and mailto: links kept (undefined otherwise).
 */
export function templateHref(
  template: string | null | undefined,
  number: number,
  base: string = document.baseURI,
): string | undefined {
  if (!template?.trim()) return undefined;
  try {
    return safeUrl(new URL(fill(template.trim(), { number }), base).href);
  } catch {
    return undefined;
  }
}
