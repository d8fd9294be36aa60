// The synthetic forum generator (bench/synthetic-forum.js) makes valid,
// deterministic forums of any size, with up to 12 rooms in parallel.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { MAX_ROOMS, random, syntheticForum } from '../../bench/synthetic-forum.js';

const schema = JSON.parse(readFileSync(new URL('../../data/forum.schema.json', import.meta.url)));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

test('a 2,000-session, 12-room forum matches the forum schema', () => {
  const forum = syntheticForum({ sessions: 2000, days: 10, rooms: 12, seed: 7 });
  assert.ok(validate(forum), JSON.stringify(validate.errors?.slice(0, 3), null, 2));
  assert.equal(forum.sessions.length, 2000);
  assert.equal(forum.rooms.length, 12);
  assert.equal(new Set(forum.sessions.map((s) => s.id)).size, 2000);
  assert.ok(forum.roundtables.length > 0);
  for (const table of forum.roundtables)
    assert.ok(forum.sessions.some((s) => s.id === table.session && s.roundtable === table.number));
  for (const s of forum.sessions) assert.ok(Date.parse(s.end) > Date.parse(s.start), s.id);
});

test('the same options give the same forum; another seed another one', () => {
  const a = JSON.stringify(syntheticForum({ sessions: 300, days: 3, rooms: 5, seed: 42 }));
  const b = JSON.stringify(syntheticForum({ sessions: 300, days: 3, rooms: 5, seed: 42 }));
  const c = JSON.stringify(syntheticForum({ sessions: 300, days: 3, rooms: 5, seed: 43 }));
  assert.equal(a, b);
  assert.notEqual(a, c);
  assert.deepEqual(Array.from({ length: 3 }, random(5)), Array.from({ length: 3 }, random(5)));
});

test('rooms run in parallel, never more than 12, within the days asked for', () => {
  const forum = syntheticForum({ sessions: 240, days: 2, rooms: 30, seed: 1 });
  assert.equal(forum.rooms.length, MAX_ROOMS);
  const starts = new Map();
  for (const s of forum.sessions) starts.set(s.start, (starts.get(s.start) ?? 0) + 1);
  assert.equal(Math.max(...starts.values()), 12);
  const days = new Set(forum.sessions.map((s) => s.start.slice(0, 10)));
  assert.deepEqual([...days], ['2030-05-13', '2030-05-14']);
});

test('times are wall-clock times of the forum zone with its offset', () => {
  const ny = syntheticForum({ sessions: 12, days: 1, rooms: 12 });
  assert.ok(ny.sessions.every((s) => s.start === '2030-05-13T08:00:00-04:00'));
  const tokyo = syntheticForum({ sessions: 1, days: 1, rooms: 1, timeZone: 'Asia/Tokyo' });
  assert.equal(tokyo.sessions[0].start, '2030-05-13T08:00:00+09:00');
  const winter = syntheticForum({ sessions: 1, rooms: 1, startDate: '2030-01-07' });
  assert.equal(winter.sessions[0].start, '2030-01-07T08:00:00-05:00');
});

test('forums too long for the days asked for get more days, not nights', () => {
  const forum = syntheticForum({ sessions: 200, days: 1, rooms: 2 });
  for (const s of forum.sessions) {
    const hour = Number(s.start.slice(11, 13));
    assert.ok(hour >= 8 && hour < 22, s.start);
  }
  assert.ok(new Set(forum.sessions.map((s) => s.start.slice(0, 10))).size > 1);
});
