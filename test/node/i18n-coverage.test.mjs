// `npm run i18n:coverage`: what it counts, and what it prints.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import {
  LANGUAGES,
  catalogCoverage,
  dataCoverage,
  dataTexts,
} from '../../scripts/i18n-coverage.mjs';

const script = new URL('../../scripts/i18n-coverage.mjs', import.meta.url).pathname;

const forum = {
  $schema: './forum.schema.json',
  id: 'x',
  title: { en: 'Forum', fr: 'Forum', 'zh-Hans': '论坛' },
  timeZone: 'UTC',
  rooms: [{ id: 'a', name: 'Room A' }],
  sessions: [
    { id: 's1', kind: 'plenary', title: { en: 'Plenary', ar: 'جلسة' }, start: 'x', end: 'y' },
  ],
  objectives: [{ number: 7, title: 'Seven' }],
  documents: [{ title: 'Doc', url: 'https://example.org' }],
};

test('the data texts are the human-readable fields, named by id, number or index', () => {
  assert.deepEqual(
    dataTexts(forum).map((t) => t.path),
    ['title', 'rooms[a].name', 'sessions[s1].title', 'objectives[7].title', 'documents[0].title'],
  );
});

test('a text counts for a language when it has that language, zh-Hans as zh', () => {
  const c = dataCoverage(forum);
  assert.deepEqual(Object.fromEntries(LANGUAGES.map((l) => [l, c[l].inLanguage])), {
    ar: 1,
    en: 5,
    es: 0,
    fr: 1,
    ru: 0,
    zh: 1,
  });
  assert.deepEqual(c.fr.fallback, [
    'rooms[a].name',
    'sessions[s1].title',
    'objectives[7].title',
    'documents[0].title',
  ]);
});

test('a catalog message missing, empty or the same as English falls back', () => {
  const en = {
    a: 'Hello',
    b: { c: 'World', n: { one: '{count} day', other: '{count} days' } },
    d: '{x}',
  };
  const fr = {
    a: 'Bonjour',
    b: { c: '', n: { one: '{count} jour', other: '{count} jours' } },
    d: '{x}',
  };
  const c = catalogCoverage({ en, fr });
  assert.deepEqual(c.fr.fallback, ['b.c', 'd']);
  assert.equal(c.fr.inLanguage, 2);
  assert.equal(c.ru.inLanguage, 0);
});

test('the command prints every language with the counts of the default data and catalogs', () => {
  const json = JSON.parse(execFileSync('node', [script, '--json'], { encoding: 'utf8' }));
  const text = execFileSync('node', [script], { encoding: 'utf8' });
  for (const lang of LANGUAGES) {
    const d = json.data[lang];
    const c = json.catalogs[lang];
    assert.match(
      text,
      new RegExp(`^${lang}\\s+${d.inLanguage}/${d.total}\\s+${c.inLanguage}/${c.total}\\s*$`, 'm'),
    );
    assert.equal(d.inLanguage + d.fallback.length, d.total);
  }
  assert.equal(json.data.en.inLanguage, json.data.en.total);
  // The default data has sourced French titles and Chinese principles; Russian has almost none.
  assert.ok(json.data.fr.inLanguage > 50);
  assert.ok(json.data.zh.inLanguage >= 10);
  assert.match(text, /^ru: data texts in English \(\d+\)$/m);
  assert.match(text, /^ {2}objectives\[\*\]\.title ×23$/m);
});
