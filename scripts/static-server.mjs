// A small static file server on 127.0.0.1 for the scripts and tests that open
// built pages in a browser (the benchmark, the README screenshot, the Storybook
// check). Optionally compresses with gzip, as any CDN or web server would.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` (a folder's `index.html` for its URL) on a free port.
 * Resolves with the origin and a `close()`.
 * @param {string} root
 * @param {{ gzip?: boolean }} [options]
 */
export async function serveStatic(root, { gzip = false } = {}) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    // Browsers ask for one; none of these sites has one.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      const compress = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(compress && { 'content-encoding': 'gzip' }),
      });
      response.end(compress ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
