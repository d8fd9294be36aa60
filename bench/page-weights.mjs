// What a partner page downloads from dist/cdn/ (built by `npm run build`): the
// loader, the element's file and every chunk they import (dist/cdn/chunks.json,
// written by the build), plus the default data in English when the element has
// no other source, or the data reader (fetch, parse, validate) when it has,
// and the English country names where they are needed: the pledge form's
// country list, and data of the page's own (which may name any country: the
// built-in data brings the few names it needs). Each file counts min+gzip
// (level 9) on its own, as it is served. test/cdn/loader.test.ts checks in the
// browser that these are the files a page loads; test/node/size.test.mjs and
// `npm run bench` use the sums.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIR = 'dist/cdn';

/** The files `entries` load, with everything they import (not what they may import later). */
export function closure(graph, entries) {
  const files = new Set();
  const add = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const next of graph[file]?.imports ?? []) add(next);
  };
  entries.forEach(add);
  return [...files];
}

/** The pages the budgets speak of: [name, files]. */
export function pages(dir = DIR) {
  const graph = JSON.parse(readFileSync(join(dir, 'chunks.json'), 'utf8'));
  const data = Object.keys(graph).find((file) => /^data\/imrf-2022-en-/.test(file));
  if (!data) throw new Error(`no English default data in ${dir}/chunks.json`);
  const reader = Object.keys(graph).find((file) => /^chunks\/reader-/.test(file));
  if (!reader) throw new Error(`no data reader in ${dir}/chunks.json`);
  const names = Object.keys(graph).find((file) => /^locales\/countries-en-/.test(file));
  if (!names) throw new Error(`no English country names in ${dir}/chunks.json`);
  const page = (...entries) => closure(graph, ['imrf-widgets.js', ...entries]);
  const list = [];
  for (const name of ['schedule', 'roundtable', 'objectives', 'pledge-form', 'about']) {
    // The pledge form lists every country; the built-in data brings the names it needs.
    const lists = name === 'pledge-form' ? [names] : [];
    list.push([`<imrf-${name}> page, default data`, page(`imrf-${name}.js`, data, ...lists)]);
    list.push([`<imrf-${name}> page, forum from src`, page(`imrf-${name}.js`, reader, names)]);
  }
  list.push([
    'every element (define.js), default data',
    closure(graph, ['define.js', data, names]),
  ]);
  return list;
}

const gzipped = new Map();
/** min+gzip bytes of a CDN file. */
export function gzipSize(file, dir = DIR) {
  const key = join(dir, file);
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(key), { level: 9 }).length);
  return gzipped.get(key);
}

/** Each page's weight: { name: { gzip, files } }. */
export function pageWeights(dir = DIR) {
  return Object.fromEntries(
    pages(dir).map(([name, files]) => [
      name,
      { gzip: files.reduce((sum, file) => sum + gzipSize(file, dir), 0), files },
    ]),
  );
}
