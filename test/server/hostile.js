// Hostile data and failing networks for the browser tests (Koa middleware).
//
//   /hostile/corpus                 every corpus file with its expectation:
//                                   [{ name, expect, reason?, warnings? }]
//   /hostile/files/<name>           one corpus file, byte for byte, as application/json
//                                   (the huge ones are built here on first request)
//   /hostile/net/<mode>?key=k&times=n
//                                   misbehaves for the first n requests with this key
//                                   (or until /hostile/net/recover), then answers the
//                                   default forum with ?title= as its title:
//        status-<code>              that HTTP status, with a small body
//        html                       an HTML error page with status 200
//        hang                       no answer at all, until the browser gives up
//        drop                       the connection is closed without an answer
//        cors                       no Access-Control-Allow-Origin (then `*`)
//        slow                       the forum after ?delay= milliseconds, every time
//        typed                      the forum with Content-Type ?type=, every time
//        huge                       11 MiB declared by Content-Length (with ?status=,
//                                   that status; with ?chunked, undeclared), sent only
//                                   as fast as the client reads
//   /hostile/net/recover?key=k      from now on, the key's requests succeed
//   /hostile/net/count?key=k        {"count": n}: requests seen for the key
//   /hostile/net/released?key=k     {"released": n}: huge answers that are over, sent
//                                   to the end or their connection closed by the client
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { generated } from '../fixtures/hostile/generate.mjs';
import { noStore } from './no-store.js';

const dir = new URL('../fixtures/hostile/', import.meta.url);
const forumText = readFileSync(new URL('../../data/imrf-2022.json', import.meta.url), 'utf8');
const built = new Map();
const counts = new Map();
const recovered = new Set();
const released = new Map();
const HUGE = 11 * 1024 * 1024;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function corpus() {
  const index = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8'));
  const names = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'index.json');
  return [
    ...names.map((name) => ({ name, ...(index[name] ?? { expect: 'any' }) })),
    ...Object.entries(generated).map(([name, { build: _build, ...expectation }]) => ({
      name,
      ...expectation,
    })),
  ];
}

function file(name) {
  if (generated[name]) {
    if (!built.has(name)) built.set(name, Buffer.from(generated[name].build()));
    return built.get(name);
  }
  if (!/^[\w.-]+\.json$/.test(name) || name === 'index.json') return undefined;
  try {
    return readFileSync(new URL(name, dir));
  } catch {
    return undefined;
  }
}

function forum(title) {
  const data = JSON.parse(forumText);
  if (title) data.title = title;
  return JSON.stringify(data);
}

async function network(ctx, mode, query) {
  const key = query.get('key') ?? '';
  if (mode === 'recover') {
    recovered.add(key);
    ctx.body = 'ok';
    return;
  }
  if (mode === 'count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(key) ?? 0 });
    return;
  }
  if (mode === 'released') {
    // Read from the page's other origin (see network.test.ts).
    ctx.set('access-control-allow-origin', '*');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ released: released.get(key) ?? 0 });
    return;
  }
  const count = (counts.get(key) ?? 0) + 1;
  counts.set(key, count);
  const times = query.has('times') ? Number(query.get('times')) : Infinity;
  const failing = count <= times && !recovered.has(key);
  const succeed = () => {
    ctx.type = 'application/json';
    ctx.body = forum(query.get('title'));
  };
  if (mode === 'slow') {
    await sleep(Number(query.get('delay') ?? 1000));
    return succeed();
  }
  if (mode === 'typed') {
    ctx.set('x-content-type-options', 'nosniff');
    ctx.body = forum(query.get('title'));
    ctx.type = query.get('type') ?? 'application/octet-stream';
    return;
  }
  if (mode === 'huge') {
    // A body the client must read to the end, or let go of: spaces, 64 KiB at
    // a time, each only once the socket has taken the last. Until either, the
    // answer holds its connection.
    ctx.status = Number(query.get('status') ?? 200);
    ctx.type = 'application/json';
    if (!query.has('chunked')) ctx.length = HUGE;
    const chunk = Buffer.alloc(64 * 1024, ' ');
    ctx.body = Readable.from(
      (function* () {
        for (let sent = 0; sent < HUGE; sent += chunk.length) yield chunk;
      })(),
    );
    ctx.res.on('close', () => released.set(key, (released.get(key) ?? 0) + 1));
    return;
  }
  if (mode === 'cors') {
    if (!failing) ctx.set('access-control-allow-origin', '*');
    return succeed();
  }
  if (!failing) return succeed();
  if (mode.startsWith('status-')) {
    ctx.status = Number(mode.slice('status-'.length));
    ctx.type = 'text/plain';
    ctx.body = `Status ${ctx.status}`;
  } else if (mode === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Maintenance</title><h1>Back soon</h1>';
  } else if (mode === 'hang') {
    await new Promise((resolve) => ctx.req.on('close', resolve));
  } else if (mode === 'drop') {
    ctx.respond = false;
    ctx.req.socket.destroy();
  } else {
    ctx.status = 404;
  }
}

export async function hostile(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/hostile/')) return next();
  const path = url.pathname.slice('/hostile/'.length);
  noStore(ctx);
  if (path === 'corpus') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(corpus());
  } else if (path.startsWith('files/')) {
    const body = file(decodeURIComponent(path.slice('files/'.length)));
    if (!body) return void (ctx.status = 404);
    ctx.type = 'application/json';
    ctx.body = body;
  } else if (path.startsWith('net/')) {
    await network(ctx, path.slice('net/'.length), url.searchParams);
  } else {
    ctx.status = 404;
  }
}
