// The schedule.json fixtures are the real interchange format: each one passes
// the format's public validator schema (c3voc's, test/fixtures/schedule-json/
// schema.json), except for rules the schema gained after the file was
// exported, each named below with its reason (see the README there).
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const dir = new URL('../fixtures/schedule-json/', import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

// The schema uses draft-06 and the non-standard "$oneOf"/"deprecated"
// annotations, so Ajv runs without strict mode; its "color" format is CSS hex.
const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
ajv.addMetaSchema(draft6);
addFormats(ajv);
ajv.addFormat('color', /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i);
const validate = ajv.compile(read('schema.json'));

const EVENT = String.raw`^/schedule/conference/days/\d+/rooms/[^/]+/\d+`;
/** Rules the schema gained after these files were exported: fixture → [keyword, detail, path]. */
const LATER_RULES = {
  'camp2019-frab.json': [
    // The lower-case acronym pattern came in 2022, the slug pattern in July 2023.
    ['pattern', '^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$', '^/schedule/conference/acronym$'],
    ['pattern', '^[a-z0-9_-]+[a-z0-9]$', `${EVENT}/slug$`],
    // frab wrote attachment links relative to the site ("/system/attachments/…").
    ['format', 'uri', `${EVENT}/attachments/\\d+/url$`],
  ],
  'rc3-channels-pretalx.json': [
    ['pattern', '^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$', '^/schedule/conference/acronym$'],
    ['pattern', '^[a-z0-9_-]+[a-z0-9]$', `${EVENT}/slug$`],
    // pretalx's "answers" were dropped from the schema in December 2024.
    ['additionalProperties', 'answers', `${EVENT}$`],
  ],
  'jev22-channels.json': [
    // The aggregator added a room "location" and events from a wiki without
    // links, url or room guid; the VOC added recording and video fields.
    ['additionalProperties', 'location', '^/schedule/conference/rooms/\\d+$'],
    ['type', 'string', '^/schedule/conference/rooms/\\d+/guid$'],
    ['required', 'links', `${EVENT}$`],
    ['required', 'url', `${EVENT}$`],
    ['additionalProperties', 'recording', `${EVENT}$`],
    ['additionalProperties', 'video_download_url', `${EVENT}$`],
  ],
};

const detail = (e) =>
  e.params.pattern ??
  e.params.format ??
  e.params.additionalProperty ??
  e.params.missingProperty ??
  e.params.type;

/** The errors of `doc` that no later rule of `name` explains, and the rules that were used. */
function check(name, doc) {
  validate(doc);
  const rules = LATER_RULES[name] ?? [];
  const used = new Set();
  const unexplained = (validate.errors ?? []).filter((e) => {
    const i = rules.findIndex(
      ([keyword, d, path]) =>
        e.keyword === keyword && detail(e) === d && new RegExp(path).test(e.instancePath),
    );
    if (i >= 0) used.add(i);
    return i < 0;
  });
  return { unexplained, used, rules };
}

for (const name of Object.keys(LATER_RULES)) {
  test(`${name} is the schedule.json format (c3voc schema)`, () => {
    const { unexplained, used, rules } = check(name, read(name));
    assert.deepEqual(unexplained, [], JSON.stringify(unexplained.slice(0, 5), null, 2));
    // Every exemption is still needed: none hides a rule the file now follows.
    assert.equal(used.size, rules.length, 'an exemption no error needs');
  });
}

test('the schema check fails for files that are not the format', () => {
  const broken = [
    (d) => (d.schedule.conference.days = {}),
    (d) => delete d.schedule.conference.days[0].date,
    (d) => (Object.values(d.schedule.conference.days[0].rooms)[0][0].duration = '90 min'),
    (d) => (Object.values(d.schedule.conference.days[0].rooms)[0][0].date = '21.08.2019 11:00'),
    (d) => delete Object.values(d.schedule.conference.days[0].rooms)[0][0].title,
    (d) => (Object.values(d.schedule.conference.days[0].rooms)[0][0].persons = 'jinxx'),
    (d) => (d.schedule.conference.time_zone_name = 'Berlin time'),
    (d) => (d.schedule = { sessions: [] }),
  ];
  for (const [i, mutate] of broken.entries()) {
    const doc = read('camp2019-frab.json');
    mutate(doc);
    assert.notDeepEqual(check('camp2019-frab.json', doc).unexplained, [], `mutation ${i}`);
  }
});
