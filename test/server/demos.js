// Serves the demo pages (demo/) as a partner's server would, for test/demos/:
//
//   /demo/csp/…        with the strict Content-Security-Policy header below
//   /demo/…?observe    the page with /test/demos/observe.js loaded first (a
//                      same-origin classic script, so the policy allows it),
//                      which keeps every error, CSP violation and console
//                      error in `window.problems` for the test to read
import { Readable } from 'node:stream';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const OBSERVER = '<script src="/test/demos/observe.js"></script>';

async function text(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (body instanceof Readable) {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
  return undefined;
}

export async function demos(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/demo/')) return next();
  if (url.pathname.startsWith('/demo/csp/')) ctx.set('content-security-policy', STRICT_CSP);
  await next();
  if (!url.searchParams.has('observe') || !ctx.response.is('html')) return;
  const html = await text(ctx.body);
  if (html === undefined) return;
  ctx.set('cache-control', 'no-store');
  ctx.body = html.replace(/<head>/i, (head) => `${head}\n    ${OBSERVER}`);
}
