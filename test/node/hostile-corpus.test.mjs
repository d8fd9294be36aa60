// The committed hostile corpus is exactly what its generator makes: nobody
// edited a fixture by hand, and the generator is deterministic.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { files, index } from '../fixtures/hostile/generate.mjs';

const dir = new URL('../fixtures/hostile/', import.meta.url);

test('test/fixtures/hostile/ holds what generate.mjs makes, and at least 40 files', () => {
  const corpus = files();
  const committed = readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'index.json');
  assert.deepEqual(committed.sort(), Object.keys(corpus).sort());
  assert.ok(committed.length >= 40);
  for (const [name, { body }] of Object.entries(corpus))
    assert.ok(readFileSync(new URL(name, dir)).equals(Buffer.from(body)), `${name} differs`);
  const expectations = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8'));
  assert.deepEqual(expectations, index(corpus));
});
