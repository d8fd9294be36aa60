// Every non-English text of the default data has its source in data/SOURCES.md,
// and every source row there names a text the data has.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dataTexts, languagesOf, loadData } from '../../scripts/i18n-coverage.mjs';

const SECTIONS = ['Objectives', 'Guiding principles', 'Forum terms', 'Roles'];
const markdown = readFileSync(new URL('../../data/SOURCES.md', import.meta.url), 'utf8');

/** The `| \`path\` | lang | <url> | note |` rows of the sections on texts (not country names). */
function sourceRows(text) {
  const rows = [];
  let section;
  for (const line of text.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) section = heading[1].trim();
    const row = /^\|\s*`([^`]+)`\s*\|\s*([a-z]{2,3})\s*\|\s*<?([^|>\s]+)>?\s*\|(.*)\|\s*$/.exec(
      line,
    );
    if (row && SECTIONS.includes(section))
      rows.push({ path: row[1], lang: row[2], url: row[3], note: row[4].trim(), section });
  }
  return rows;
}

/** `path lang` for every text of the data in a language other than English. */
function nonEnglish(data) {
  const keys = [];
  for (const { path, value } of dataTexts(data))
    for (const lang of languagesOf(value)) if (lang !== 'en') keys.push(`${path} ${lang}`);
  return keys;
}

const rows = sourceRows(markdown);
const data = loadData();

test('SOURCES.md has the four sections on texts, each with rows', () => {
  for (const section of SECTIONS)
    assert.ok(
      rows.some((r) => r.section === section),
      `no rows under "## ${section}"`,
    );
});

test('every non-English text of data/imrf-2022.json has a source row', () => {
  const sourced = new Set(rows.map((r) => `${r.path} ${r.lang}`));
  const missing = nonEnglish(data).filter((key) => !sourced.has(key));
  assert.deepEqual(missing, [], `no source in data/SOURCES.md for:\n${missing.join('\n')}`);
});

test('every source row names a non-English text the data has, once', () => {
  const texts = new Set(nonEnglish(data));
  const seen = new Set();
  for (const { path, lang } of rows) {
    const key = `${path} ${lang}`;
    assert.ok(texts.has(key), `SOURCES.md names ${key}, which the data does not have`);
    assert.ok(!seen.has(key), `SOURCES.md names ${key} twice`);
    seen.add(key);
  }
});

test('every source is an https link with a note', () => {
  for (const { path, lang, url, note } of rows) {
    assert.match(url, /^https:\/\/[^\s]+$/, `${path} ${lang}: ${url}`);
    assert.ok(note.length > 0, `${path} ${lang} has no note`);
  }
});

test('the check notices a text without a source', () => {
  const copy = structuredClone(data);
  copy.guidingPrinciples[0].title.ru = 'x';
  assert.ok(nonEnglish(copy).includes('guidingPrinciples[people-centred].title ru'));
  const sourced = new Set(rows.map((r) => `${r.path} ${r.lang}`));
  assert.ok(!sourced.has('guidingPrinciples[people-centred].title ru'));
});

test('sourced texts are in the data as the sources spell them', () => {
  // A few literal spot checks of texts whose sources are quoted in SOURCES.md.
  const policy = data.sessions.find((s) => s.id === 'policy-debate');
  assert.equal(policy.title.fr, 'Dialogue politique');
  assert.equal(data.title.zh, '2022年国际移民问题审查论坛');
  assert.equal(
    data.guidingPrinciples.find((p) => p.id === 'child-sensitive').title.zh,
    '敏感认识到儿童问题',
  );
  assert.equal(
    data.objectives.find((o) => o.number === 13).short.fr,
    'Alternatives à la rétention',
  );
  assert.equal(data.chair.ar, 'رئيس الجمعية العامة');
  assert.equal(data.chair.ru, 'Председатель Генеральной Ассамблеи');
  assert.equal(data.venue.ar, 'مقر الأمم المتحدة بنيويورك');
  assert.equal(
    data.outcome.title.fr,
    'Déclaration du Forum d’examen des migrations internationales sur les progrès réalisés',
  );
});
