// The public JSON Schemas are real 2020-12 schemas, and the embedded default
// data matches the forum contract.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

function compile(path) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  return ajv.compile(read(path));
}

test('data/imrf-2022.json matches data/forum.schema.json', () => {
  const validate = compile('data/forum.schema.json');
  const ok = validate(read('data/imrf-2022.json'));
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

test('the forum schema refuses what the contract refuses', () => {
  const validate = compile('data/forum.schema.json');
  const forum = read('data/imrf-2022.json');
  const broken = [
    { ...forum, version: 2 },
    { ...forum, sessions: 'none' },
    { ...forum, sessions: [{ ...forum.sessions[0], start: '2022-05-16 10:00' }] },
    { ...forum, url: 'javascript:alert(1)' },
    { ...forum, roundtables: [{ ...forum.roundtables[0], objectives: [24] }] },
    { ...forum, title: { 'not a tag!': 'x' } },
    { ...forum, participation: [{ kind: 'pledge' }] },
    { ...forum, participation: [{ title: 'x', url: 'javascript:alert(1)' }] },
    { ...forum, outcome: { ...forum.outcome, document: { symbol: 'A/RES/1' } } },
  ];
  for (const doc of broken) assert.equal(validate(doc), false, JSON.stringify(doc).slice(0, 120));
});

test('the sample forums in data/samples/ match data/forum.schema.json', () => {
  const validate = compile('data/forum.schema.json');
  for (const name of ['side-events', 'eight-rooms']) {
    const ok = validate(read(`data/samples/${name}.json`));
    assert.ok(ok, `${name}: ${JSON.stringify(validate.errors, null, 2)}`);
  }
});
