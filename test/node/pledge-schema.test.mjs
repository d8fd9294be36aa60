// The pledge contract: data/pledge.schema.json is a real 2020-12 schema, the
// body the element builds (src/pledge-form/sending/pledge-body.ts, compiled here as it is)
// matches it, and what the contract refuses, the schema refuses.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(read('data/pledge.schema.json')));
const check = (body) =>
  validate(body) ? [] : validate.errors.map((e) => e.instancePath || e.message);

/** The body builder and the model it uses, compiled from TypeScript into a scratch folder. */
let dir;
let build;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pledge-body-'));
  // Each module in its folder, so their relative imports meet.
  for (const name of ['model/fields', 'sending/pledge-body']) {
    const { outputText } = ts.transpileModule(read(`src/pledge-form/${name}.ts`), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    });
    mkdirSync(join(dir, dirname(name)), { recursive: true });
    writeFileSync(join(dir, `${name}.js`), outputText);
  }
  const { buildPledgeBody } = await import(pathToFileURL(join(dir, 'sending/pledge-body.js')).href);
  const { normalizeAnswers } = await import(pathToFileURL(join(dir, 'model/fields.js')).href);
  build = (answers, locale = 'en') =>
    buildPledgeBody(normalizeAnswers(answers), 'imrf-2022', locale);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const sample = JSON.parse(read('test/pledge-form/sample-answers.json'));

test('the body built from the sample answers matches data/pledge.schema.json', () => {
  const body = build(sample, 'ar');
  assert.deepEqual(check(body), []);
  assert.deepEqual(body.objectives, [7, 17]);
  assert.deepEqual(body.partners, ['IOM', 'City of Porto']);
});

test('a body without any optional answer matches too', () => {
  const body = build({
    ...sample,
    country: '',
    phone: '',
    guidingPrinciples: [],
    partners: ' \n',
    matchesPledge: '',
    startDate: '2022/6/1',
  });
  assert.deepEqual(check(body), []);
  assert.equal(body.startDate, '2022-06-01');
  for (const key of ['guidingPrinciples', 'partners', 'matchesPledge']) assert.ok(!(key in body));
});

test('the submission contract’s example matches the schema', () => {
  const contract = read('docs/pledge-submission.md');
  const example = /<!-- pledge-example -->\s*```json\n([\s\S]*?)```/.exec(contract);
  assert.ok(example, 'docs/pledge-submission.md has a pledge example');
  assert.deepEqual(check(JSON.parse(example[1])), []);
});

test('the schema refuses what the contract refuses', () => {
  const body = build(sample);
  const broken = {
    'description under 300': { ...body, description: 'x'.repeat(299) },
    'description over 3000': { ...body, description: 'x'.repeat(3001) },
    'title over 150': { ...body, title: 'x'.repeat(151) },
    'untrimmed title': { ...body, title: ' Centres' },
    'objective 24': { ...body, objectives: [24] },
    'no objective': { ...body, objectives: [] },
    'unknown commitment': { ...body, commitments: ['moral'] },
    'unknown entity type': { ...body, entity: { ...body.entity, type: 'king' } },
    'country name': { ...body, entity: { ...body.entity, country: 'Portugal' } },
    'bad email': { ...body, contact: { ...body.contact, email: 'ana@' } },
    'not a date': { ...body, endDate: '31/12/2024' },
    'unknown language': { ...body, locale: 'de' },
    'an extra field': { ...body, migrants: true },
    'no title': Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'title')),
  };
  for (const [why, doc] of Object.entries(broken))
    assert.notDeepEqual(check(doc), [], `the schema accepts a body with ${why}`);
});
