// Serves the forum files in test/fixtures/ as JSON (the dev server would turn
// a .json file into a JavaScript module):
//
//   /api/fixtures/<name>.json   test/fixtures/<name>.json, as application/json
import { readFile } from 'node:fs/promises';

const PREFIX = '/api/fixtures/';

export async function fixtures(ctx, next) {
  const { pathname } = new URL(ctx.url, 'http://localhost');
  const name = pathname.startsWith(PREFIX) && pathname.slice(PREFIX.length);
  if (!name || !/^[\w-]+\.json$/.test(name)) return next();
  try {
    ctx.body = await readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
    ctx.type = 'application/json';
  } catch {
    ctx.status = 404;
  }
}
