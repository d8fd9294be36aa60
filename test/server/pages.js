// Whole pages for the browser tests (test/demos/, test/cdn/):
//
//   /demo/csp/…              with the strict Content-Security-Policy header below
//   /demo/…?observe          the page with /test/fixtures/observe.js loaded first
//                            (a same-origin classic script, so the policy allows
//                            it), which keeps every error, CSP violation and
//                            console error in `window.problems` for the test
//   /test/cdn/<tag>.html     a page that loads nothing but dist/cdn/<tag>.js, twice
//                            (the first time with its integrity hash from
//                            dist/cdn/sri.json), around a tag with a fallback link
//   /test/cdn/<tag>.html?no-script   the same page without the script
//   /test/loader/integrity.html[?bad]  the loader and <imrf-schedule> under an
//                            import map that gives every CDN file its integrity
//                            hash from dist/cdn/sri.json (?bad: a wrong one for
//                            the shared chunk; ?bad=reader: for the data reader,
//                            with the schedule's data from src)
//   /test/loader/flaky.html?key=k  the loader and <imrf-schedule> with data
//                            from src, its CDN files from /flaky/k/dist/cdn/…
//   /flaky/<key>/dist/cdn/…  the built files, but the data reader's chunk answers
//                            503 (a CDN's outage) until /flaky/<key>/recover
//   /flaky/<key>/requests    the paths requested under /flaky/<key>/ (JSON)
//   /slow/dist/cdn/…         the built files, each element's own file
//                            (imrf-<tag>.js, not the loader) after SLOW_MS
//   /dist/cdn/…              the built files byte for byte, as a CDN serves them
//                            (not through the dev server's transforms), so
//                            their integrity hashes hold
//   /data/<name>.json        fetched (not imported): the file as JSON
//   /partner/…               any of the above, at a path of its own
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { noStore } from './no-store.js';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const PARTNER = '/partner/';
const OBSERVER = '<script src="/test/fixtures/observe.js"></script>';

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

/** The fallback a partner puts inside a tag: shown until the element is defined. */
export const FALLBACK = 'The IMRF 2022 programme on the UN’s website';

async function cdnPage(tag, script) {
  const file = `/dist/cdn/${tag}.js`;
  const sri = JSON.parse(await readFile(new URL('../../dist/cdn/sri.json', import.meta.url)));
  const scripts = script
    ? `<script type="module" src="${file}" integrity="${sri[`${tag}.js`]}" crossorigin="anonymous"></script>
    <!-- Loaded again, as partner pages do: another URL, so another copy of it runs. -->
    <script type="module" src="${file}?again"></script>`
    : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${tag}.js alone</title>
    ${OBSERVER}
    ${scripts}
  </head>
  <body>
    <${tag}><a href="https://www.un.org/migration2022">${FALLBACK}</a></${tag}>
  </body>
</html>
`;
}

/** An import map with the integrity of every CDN file, as docs/embedding.md shows partners. */
async function integrityPage(bad) {
  const sri = JSON.parse(await readFile(new URL('../../dist/cdn/sri.json', import.meta.url)));
  const integrity = {};
  const chunk = bad === 'reader' ? 'chunks/reader-' : 'chunks/shared-';
  for (const [file, hash] of Object.entries(sri)) {
    const wrong = bad !== null && file.startsWith(chunk);
    integrity[`/dist/cdn/${file}`] = wrong ? `sha384-${'A'.repeat(64)}` : hash;
  }
  const src = bad === 'reader' ? ' src="/partner/data/imrf-2022.json"' : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>The loader under an integrity import map</title>
    ${OBSERVER}
    <script type="importmap">${JSON.stringify({ integrity })}</script>
    <script type="module" src="/dist/cdn/imrf-widgets.js" integrity="${sri['imrf-widgets.js']}"></script>
  </head>
  <body>
    <imrf-schedule${src}><a href="https://www.un.org/migration2022">${FALLBACK}</a></imrf-schedule>
  </body>
</html>
`;
}

/** A page whose CDN files come from a CDN that fails the data reader until told to recover. */
function flakyPage(key) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>The loader from a CDN whose data reader fails</title>
    ${OBSERVER}
    <script type="module" src="/flaky/${key}/dist/cdn/imrf-widgets.js"></script>
  </head>
  <body>
    <imrf-schedule src="/partner/data/imrf-2022.json"><a href="https://www.un.org/migration2022">${FALLBACK}</a></imrf-schedule>
  </body>
</html>
`;
}

/** How late /slow/ answers an element's own file (ms). */
export const SLOW_MS = 500;

/** Keys of /flaky/ whose CDN works again, and the paths requested for each key. */
const recovered = new Set();
const requested = new Map();

export async function pages(ctx, next) {
  // /partner/… is the site as a partner serves it, at a path of its own: the
  // demos' fetches of /partner/data/… never meet the module the tests import
  // from /data/… in the browser's caches.
  if (ctx.path.startsWith(PARTNER)) ctx.url = ctx.url.slice(PARTNER.length - 1);
  const url = new URL(ctx.url, 'http://localhost');
  const flaky = url.pathname.match(/^\/flaky\/([\w-]+)(\/.*)$/);
  if (flaky) {
    const [, key, path] = flaky;
    noStore(ctx);
    if (path === '/recover') recovered.add(key);
    if (path === '/requests' || path === '/recover') {
      ctx.body = requested.get(key) ?? [];
      return;
    }
    requested.set(key, [...(requested.get(key) ?? []), path]);
    if (path.startsWith('/dist/cdn/chunks/reader-') && !recovered.has(key)) {
      // Written here, as a CDN's error is: not cacheable.
      ctx.respond = false;
      ctx.res.writeHead(503, { 'cache-control': 'no-store' }).end();
      return;
    }
  }
  const slow = url.pathname.match(/^\/slow(\/dist\/cdn\/.*)$/);
  if (slow) {
    noStore(ctx);
    if (/^\/dist\/cdn\/imrf-(?!widgets)[a-z-]+\.js$/.test(slow[1]))
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
  }
  const built = (flaky?.[2] ?? slow?.[1] ?? url.pathname).match(/^\/dist\/cdn\/([\w/.-]+\.js)$/);
  if (built && !built[1].includes('..')) {
    try {
      ctx.body = await readFile(new URL(`../../dist/cdn/${built[1]}`, import.meta.url));
      ctx.type = 'text/javascript';
    } catch {
      ctx.status = 404;
    }
    return;
  }
  const cdn = url.pathname.match(/^\/test\/cdn\/(imrf-[a-z-]+)\.html$/);
  const data = url.pathname.match(/^\/data\/([\w-]+\.json)$/);
  if (data && ctx.get('sec-fetch-dest') !== 'script') {
    try {
      ctx.body = await readFile(new URL(`../../data/${data[1]}`, import.meta.url), 'utf8');
      ctx.type = 'application/json';
      noStore(ctx);
    } catch {
      ctx.status = 404;
    }
    return;
  }
  if (url.pathname === '/test/loader/flaky.html') {
    ctx.type = 'text/html';
    noStore(ctx);
    ctx.body = flakyPage(url.searchParams.get('key')?.replace(/\W/g, '') || 'none');
    return;
  }
  if (url.pathname === '/test/loader/integrity.html') {
    ctx.type = 'text/html';
    noStore(ctx);
    ctx.body = await integrityPage(url.searchParams.get('bad'));
    return;
  }
  if (cdn) {
    ctx.type = 'text/html';
    noStore(ctx);
    ctx.body = await cdnPage(cdn[1], !url.searchParams.has('no-script'));
    return;
  }
  if (!url.pathname.startsWith('/demo/')) return next();
  if (url.pathname.startsWith('/demo/csp/')) ctx.set('content-security-policy', STRICT_CSP);
  await next();
  if (!url.searchParams.has('observe') || !ctx.response.is('html')) return;
  const html = await text(ctx.body);
  if (html === undefined) return;
  noStore(ctx);
  ctx.body = html.replace(/<head>/i, (head) => `${head}\n    ${OBSERVER}`);
}
