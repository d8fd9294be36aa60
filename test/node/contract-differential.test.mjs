// A differential property test of the two readers of the forum contract:
// data/forum.schema.json (what partners' editors and CI check) and
// src/data/validate.ts (what the widgets run). Documents are generated from
// the schema itself, so a field added to the schema is generated here too.
//
// 1. A document the schema accepts, whose references and times also make
//    sense, is kept by the validator whole and without a warning.
// 2. Whatever the validator returns for any document, however damaged, is a
//    document the schema accepts.
//
// What JSON Schema cannot say is generated on purpose rather than from the
// schema: real calendar dates and time zones, country codes that exist, URLs
// a browser parses, and references between parts (room ids, round-table
// numbers, `continues`) with ends after starts (`repair` below).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CSV, readCountries } from '../../scripts/country-names.mjs';

const schema = JSON.parse(readFileSync('data/forum.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const accepts = ajv.compile(schema);

/** src/data/validate.ts, bundled as it ships. */
const { outputFiles } = await build({
  entryPoints: ['src/data/validate.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
});
const { validateForum } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

/** Fixed, so a failure is the same everywhere; fast-check prints the counterexample. */
const SEED = 20220516;
const RUNS = Number(process.env.CONTRACT_RUNS ?? 200);

const ZONES = ['America/New_York', 'Europe/Zurich', 'Asia/Bangkok', 'UTC', 'Africa/Nairobi'];
/** Country codes the validator keeps: the UN M49 list's (any case), as the elements name them. */
const M49 = readCountries(readFileSync(CSV, 'utf8')).map((c) => c.iso2);
const COUNTRIES = [...M49.filter((_, i) => i % 9 === 0), 'mx', 'ch'];
const OFFSETS = [-300, -240, 0, 60, 330, 540];

const pad = (n, width = 2) => String(Math.abs(n)).padStart(width, '0');
/** An RFC 3339 date-time of a real instant, with Z or an offset. */
const dateTime = fc
  .tuple(
    fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2031, 0, 1) }),
    fc.constantFrom(...OFFSETS),
  )
  .map(([ms, offset]) => {
    const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
    if (offset === 0) return `${local}Z`;
    return `${local}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  });
const realDate = fc
  .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

/** Leaf definitions whose meaning the schema cannot express (see the file's comment). */
const OVERRIDES = {
  dateTime,
  url: fc.oneof(fc.webUrl(), fc.constant('mailto:someone@example.org')),
  httpUrl: fc.webUrl({ validSchemes: ['http', 'https'] }),
  country: fc.constantFrom(...COUNTRIES),
};

/** A string arbitrary for a string schema: its pattern and lengths (capped, for speed). */
function string(node) {
  const min = node.minLength ?? 0;
  const max = Math.min(node.maxLength ?? 40, 40);
  const base = node.pattern
    ? fc.stringMatching(new RegExp(node.pattern, 'u'), { maxLength: max })
    : fc.string({ minLength: min, maxLength: max });
  return base.filter((s) => [...s].length >= min && [...s].length <= (node.maxLength ?? Infinity));
}

const cache = new Map();
/** An arbitrary of the values a schema node describes. */
function arbitrary(node, path = '') {
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    if (OVERRIDES[name]) return OVERRIDES[name];
    // The forum schema has no recursive definitions: each is built once.
    if (!cache.has(name)) cache.set(name, arbitrary(schema.$defs[name], name));
    return cache.get(name);
  }
  if (path === 'timeZone') return fc.constantFrom(...ZONES);
  if ('const' in node) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  if (node.oneOf) return fc.oneof(...node.oneOf.map((n) => arbitrary(n, path)));
  if (node.format === 'date') return realDate;
  switch (node.type) {
    case 'string':
      return node.examples
        ? fc.oneof(fc.constantFrom(...node.examples), string(node))
        : string(node);
    case 'integer':
      return fc.integer({ min: node.minimum ?? -1000, max: node.maximum ?? 1000 });
    case 'array':
      return fc.array(arbitrary(node.items, `${path}[]`), {
        maxLength: Math.min(node.maxItems ?? 4, 4),
      });
    case 'object': {
      if (node.properties) {
        const shape = Object.fromEntries(
          Object.entries(node.properties).map(([k, v]) => [
            k,
            arbitrary(v, path ? `${path}.${k}` : k),
          ]),
        );
        return fc.record(shape, { requiredKeys: node.required ?? [] });
      }
      const key = string(node.propertyNames ?? { type: 'string' });
      return fc.dictionary(key, arbitrary(node.additionalProperties, `${path}{}`), {
        minKeys: node.minProperties ?? 0,
        maxKeys: 3,
      });
    }
    default:
      throw new Error(`no arbitrary for ${JSON.stringify(node).slice(0, 80)}`);
  }
}

const documents = arbitrary(schema);

/** Keeps the first entry of each key. */
const firstOf = (list = [], key) => {
  const seen = new Set();
  return list.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
};
const pick = (list, i) => (list.length ? list[i % list.length] : undefined);
const setOrDelete = (object, key, value) =>
  value === undefined ? delete object[key] : (object[key] = value);

/** Makes the references and times of a schema-valid document consistent. */
function repair(input) {
  const doc = structuredClone(input);
  if (doc.rooms) doc.rooms = firstOf(doc.rooms, (r) => r.id);
  doc.sessions = firstOf(doc.sessions, (s) => s.id);
  if (doc.roundtables) doc.roundtables = firstOf(doc.roundtables, (t) => t.number);
  if (doc.objectives) doc.objectives = firstOf(doc.objectives, (o) => o.number);
  if (doc.guidingPrinciples) doc.guidingPrinciples = firstOf(doc.guidingPrinciples, (g) => g.id);
  const roomIds = (doc.rooms ?? []).map((r) => r.id);
  const sessionIds = doc.sessions.map((s) => s.id);
  const numbers = (doc.roundtables ?? []).map((t) => t.number);
  doc.sessions.forEach((s, i) => {
    const start = Date.parse(s.start);
    if (!(Date.parse(s.end) > start)) s.end = new Date(start + (i + 1) * 60_000).toISOString();
    if ('room' in s) setOrDelete(s, 'room', pick(roomIds, i));
    if ('roundtable' in s) setOrDelete(s, 'roundtable', pick(numbers, i));
    if ('continues' in s)
      setOrDelete(
        s,
        'continues',
        pick(
          sessionIds.filter((id) => id !== s.id),
          i,
        ),
      );
  });
  (doc.roundtables ?? []).forEach((t, i) => {
    if ('session' in t) setOrDelete(t, 'session', pick(sessionIds, i));
  });
  if (doc.outcome && 'session' in doc.outcome)
    setOrDelete(doc.outcome, 'session', pick(sessionIds, 0));
  return doc;
}

/** The validated model written back as a document of the contract. */
function toDocument(forum) {
  const doc = structuredClone(forum);
  // The model holds version 1 fields only (newer ones are dropped), so it is a version 1 document.
  doc.version = 1;
  for (const s of doc.sessions) {
    delete s.startMs;
    delete s.endMs;
  }
  return doc;
}

const size = (list) => (Array.isArray(list) ? list.length : 0);
const distinct = (list) => new Set(list ?? []).size;

test('the generated documents are what the schema accepts', () => {
  fc.assert(
    fc.property(documents, (doc) => {
      assert.ok(accepts(doc), JSON.stringify(accepts.errors?.slice(0, 3)));
      assert.ok(accepts(repair(doc)), JSON.stringify(accepts.errors?.slice(0, 3)));
    }),
    { seed: SEED, numRuns: 100 },
  );
});

test('what the schema accepts, the validator keeps whole and without a warning', () => {
  fc.assert(
    fc.property(documents.map(repair), (doc) => {
      const { forum, warnings } = validateForum(doc);
      assert.deepEqual(warnings, []);
      for (const list of ['rooms', 'sessions', 'roundtables', 'objectives', 'guidingPrinciples'])
        assert.equal(size(forum[list]), size(doc[list]), list);
      assert.equal(size(forum.documents), size(doc.documents), 'documents');
      assert.equal(forum.timeZone, doc.timeZone);
      for (const key of Object.keys(doc)) if (key !== '$schema') assert.ok(key in forum, key);
      const byId = new Map(forum.sessions.map((s) => [s.id, s]));
      for (const input of doc.sessions) {
        const kept = byId.get(input.id);
        for (const key of Object.keys(input)) assert.ok(key in kept, `${input.id}.${key}`);
        for (const list of ['segments', 'organizers', 'speakers'])
          assert.equal(kept[list].length, size(input[list]), `${input.id}.${list}`);
        assert.equal(kept.objectives.length, distinct(input.objectives), `${input.id}.objectives`);
        if (input.format) assert.equal(kept.format, input.format);
      }
      for (const input of doc.roundtables ?? []) {
        const kept = forum.roundtables.find((t) => t.number === input.number);
        assert.equal(kept.objectives.length, distinct(input.objectives));
        assert.equal(kept.coChairs.length, distinct(input.coChairs.map((c) => c.toUpperCase())));
      }
      if (doc.outcome)
        assert.equal(forum.outcome.coFacilitators.length, size(doc.outcome.coFacilitators));
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

/** A document with some of its values (anywhere) replaced by arbitrary JSON. */
const damaged = fc
  .tuple(documents, fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }))
  .map(([doc, damage]) => {
    const copy = structuredClone(doc);
    for (const [n, value] of damage) {
      const slots = [];
      (function walk(node) {
        if (node === null || typeof node !== 'object') return;
        for (const key of Object.keys(node)) {
          slots.push([node, key]);
          walk(node[key]);
        }
      })(copy);
      const [parent, key] = slots[n % slots.length];
      parent[key] = value;
    }
    return copy;
  });

test('whatever the validator returns, the schema accepts', () => {
  let checked = 0;
  fc.assert(
    fc.property(fc.oneof(documents, damaged, damaged), (doc) => {
      let result;
      try {
        result = validateForum(doc);
      } catch (error) {
        assert.equal(error.name, 'ForumDataError', String(error));
        return;
      }
      checked++;
      const written = toDocument(result.forum);
      assert.ok(accepts(written), JSON.stringify(accepts.errors?.slice(0, 3), null, 1));
    }),
    { seed: SEED, numRuns: RUNS },
  );
  assert.ok(checked > RUNS / 2, `only ${checked} documents were forums`);
});

test('the schema and the validator both refuse hostile values of the new session fields', () => {
  const base = {
    version: 1,
    id: 'f',
    title: 'F',
    timeZone: 'UTC',
    sessions: [
      {
        id: 's',
        kind: 'side-event',
        title: 'S',
        start: '2030-01-01T10:00:00Z',
        end: '2030-01-01T11:00:00Z',
      },
    ],
  };
  const hostile = {
    joinUrl: 'javascript:alert(1)',
    webcastUrl: 'mailto:watch@example.org',
    format: 'virtual',
    objectives: [0],
    speakers: [{ name: '   ' }],
    organizers: [{ country: 'PT' }],
    track: '',
  };
  for (const [key, value] of Object.entries(hostile)) {
    const doc = structuredClone(base);
    doc.sessions[0][key] = value;
    assert.equal(accepts(doc), false, `the schema accepts ${key}: ${JSON.stringify(value)}`);
    const { forum, warnings } = validateForum(doc);
    assert.ok(
      warnings.some((w) => w.path.startsWith(`sessions[0].${key}`)),
      `no warning for ${key}`,
    );
    assert.ok(accepts(toDocument(forum)));
  }
});
