/** The only link schemes data may carry. */
export const SAFE_URL_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/**
 * The normalized absolute URL when `value` is an http:, https: or mailto:
 * link, otherwise undefined. Parsing with URL (not a regular expression)
 * handles case, whitespace and control characters the way browsers do, so a
 * ` JavaScript:alert(1)` cannot pass.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    return (SAFE_URL_PROTOCOLS as readonly string[]).includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The normalized absolute URL when `value` is an http: or https: link (a place
 * to join or watch a session), otherwise undefined.
 */
export function httpUrl(value: unknown): string | undefined {
  const safe = safeUrl(value);
  return safe !== undefined && !safe.startsWith('mailto:') ? safe : undefined;
}
