// The default data's chunks (src/data/default/) are what data/imrf-2022.json gives,
// and together they are all of it: nothing lost or added by the split.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SOURCE, split } from '../../scripts/default-data.mjs';

test('src/data/default/ is up to date (node scripts/default-data.mjs --check)', () => {
  execFileSync(process.execPath, ['scripts/default-data.mjs', '--check'], { stdio: 'pipe' });
});

test('the English forum and the five languages put back together are data/imrf-2022.json', () => {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8'));
  const { en, overlays } = split(source);
  const whole = structuredClone(en);
  for (const entries of Object.values(overlays))
    for (const [path, tag, text] of entries) {
      const node = path.split('/').reduce((n, step) => n[step], whole);
      assert.equal(typeof node, 'object', path);
      node[tag] = text;
    }
  assert.deepEqual(whole, source);
  assert.ok(Object.values(overlays).every((e) => e.length > 0));
});
