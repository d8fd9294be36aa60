// Subresource Integrity for the CDN files: prints a sha384 hash for every
// script in dist/cdn/ (the loader, the elements and every chunk they may
// import) and writes them to dist/cdn/sri.json, so a partner can pin exactly
// the files they host or load: the loader with the script's `integrity`, and
// every chunk with an import map's `integrity` (docs/embedding.md):
//
//   <script type="importmap">{"integrity": {"https://…/chunks/shared-….js": "sha384-…", …}}</script>
//   <script type="module" src="…/imrf-widgets.js" integrity="sha384-…" crossorigin="anonymous"></script>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIR = join('dist', 'cdn');
const OUT = 'sri.json';

/** Every file under `dir`, recursively. */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** The CDN files, relative to DIR with forward slashes, sorted. */
const files = () =>
  walk(DIR)
    .map((path) => relative(DIR, path).split(sep).join('/'))
    .filter((path) => path.endsWith('.js'))
    .sort();

function integrity(path) {
  return `sha384-${createHash('sha384')
    .update(readFileSync(join(DIR, path)))
    .digest('base64')}`;
}

const hashes = Object.fromEntries(files().map((path) => [path, integrity(path)]));
writeFileSync(join(DIR, OUT), JSON.stringify(hashes, null, 2) + '\n');

const width = Math.max(...Object.keys(hashes).map((path) => path.length));
console.log(`Subresource Integrity (sha384) of dist/cdn/, also in dist/cdn/${OUT}:`);
for (const [path, hash] of Object.entries(hashes)) console.log(`  ${path.padEnd(width)}  ${hash}`);
