// Real HTTP endpoints for the browser tests, served by the test runner
// (Koa middleware). Everything under /api/ is answered here.
//
//   /api/forum.json?key=k&delay=ms&title=t  the default forum (title replaced),
//                                           after a delay; counts requests per key
//   /api/forum.json?fail=n&key=k             answers 500 to the first n requests for key
//   /api/count?key=k                         {"count": n} requests seen for key
//   /api/status/:code                        an empty answer with that status
//   /api/never                               never answers
//   /api/html                                an HTML page with status 200
//   /api/text-plain                          the forum as text/plain
//   /api/bom                                 the forum with a byte-order mark
//   /api/huge                                declares a body over the 10 MiB limit
import { readFileSync } from 'node:fs';
import { noStore } from './no-store.js';

const forumText = readFileSync(new URL('../../data/imrf-2022.json', import.meta.url), 'utf8');
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function forum(title) {
  const data = JSON.parse(forumText);
  if (title) data.title = title;
  return JSON.stringify(data);
}

export async function endpoints(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/')) return next();
  const query = url.searchParams;
  const path = url.pathname.slice('/api/'.length);
  // Each request reaches the server: counts and failures are per request.
  noStore(ctx);

  if (path === 'forum.json') {
    const key = query.get('key');
    const count = (counts.get(key) ?? 0) + 1;
    if (key) counts.set(key, count);
    if (count <= Number(query.get('fail') ?? 0)) {
      ctx.status = 500;
      ctx.body = 'Internal Server Error';
      return;
    }
    const delay = Number(query.get('delay') ?? 0);
    if (delay) await sleep(delay);
    ctx.type = 'application/json';
    ctx.body = forum(query.get('title'));
  } else if (path === 'count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(query.get('key')) ?? 0 });
  } else if (path.startsWith('status/')) {
    ctx.status = Number(path.slice('status/'.length));
    ctx.type = 'application/json';
    ctx.body = '{}';
  } else if (path === 'never') {
    await new Promise((resolve) => ctx.req.on('close', resolve));
  } else if (path === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><h1>Page not found</h1>';
  } else if (path === 'text-plain') {
    ctx.type = 'text/plain';
    ctx.body = forum();
  } else if (path === 'bom') {
    ctx.type = 'application/json';
    ctx.body = '\uFEFF' + forum();
  } else if (path === 'huge') {
    ctx.type = 'application/json';
    ctx.set('content-length', String(11 * 1024 * 1024));
    ctx.body = ' '.repeat(11 * 1024 * 1024);
  } else {
    ctx.status = 404;
  }
}
