// The default data's chunks (src/data/default/) are what data/imrf-2022.json gives
// once validated, and together they are all of it: nothing lost or added by the split.
// (test/data/default-forum.test.ts checks in the browser that what the library
// makes of them equals what the validator makes of data/imrf-2022.json.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CSV, readCountries } from '../../scripts/country-names.mjs';
import { LANGUAGES, OUT, SOURCE, split, validated } from '../../scripts/default-data.mjs';

test('src/data/default/ is up to date (node scripts/default-data.mjs --check)', () => {
  execFileSync(process.execPath, ['scripts/default-data.mjs', '--check'], { stdio: 'pipe' });
});

test('the English forum and the five languages put back together are data/imrf-2022.json, validated', async () => {
  const source = await validated();
  const { en, overlays } = split(source);
  const whole = structuredClone(en);
  for (const entries of Object.values(overlays))
    for (const [path, tag, text] of entries) {
      const node = path.split('/').reduce((n, step) => n[step], whole);
      assert.equal(typeof node, 'object', path);
      node[tag] = text;
    }
  assert.deepEqual(whole, source);
  // Validation kept every session, round table and objective of the file.
  const file = JSON.parse(readFileSync(SOURCE, 'utf8'));
  for (const list of ['sessions', 'roundtables', 'objectives', 'guidingPrinciples', 'rooms'])
    assert.equal(source[list].length, file[list].length, list);
  assert.ok(Object.values(overlays).every((e) => e.length > 0));
});

test('each chunk has the M49 names, in its language, of exactly the countries the forum names', async () => {
  const m49 = readCountries(readFileSync(CSV, 'utf8'));
  // Every code of the file, found independently of the library: co-chairs and any `country`.
  const codes = new Set();
  const walk = (value, key) => {
    if (key === 'coChairs') value.forEach((code) => codes.add(code));
    else if (key === 'country') codes.add(value);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(JSON.parse(readFileSync(SOURCE, 'utf8')));
  assert.ok(codes.size > 0);
  for (const language of LANGUAGES) {
    const chunk = JSON.parse(readFileSync(join(OUT, `${language}.json`), 'utf8'));
    const expected = Object.fromEntries(
      [...codes].sort().map((code) => [code, m49.find((c) => c.iso2 === code)[language]]),
    );
    assert.deepEqual(chunk.countries, expected, language);
  }
});
