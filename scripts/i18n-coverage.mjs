#!/usr/bin/env node
// How much of the default data and of the interface catalogs is in each of
// the six languages, and what still falls back to English.
//
//   npm run i18n:coverage            summary and the English fallbacks, grouped
//   npm run i18n:coverage -- --json  the same as JSON
//
// Data: every human-readable text of data/imrf-2022.json (a string, or a map
// of language tags to strings). A text is "in" a language when the map has
// that language; otherwise the element shows the English, marked lang="en".
// Catalogs: every message of src/i18n/catalogs/<lang>.ts. One that is missing,
// empty or the same as English is listed (some are the same on purpose, e.g.
// "{time}, {zone}").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
const root = new URL('../', import.meta.url);

/** Fields of the forum data that are identifiers, codes, links or dates, not texts. */
const NOT_TEXT = new Set([
  '$schema',
  'id',
  'kind',
  'start',
  'end',
  'room',
  'continues',
  'url',
  'timeZone',
  'session',
  'symbol',
  'appointed',
  'country',
  'coChairs',
]);

/** A language tag, and not one of the contract's field names that look like one. */
const isTag = (key) =>
  /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(key) && !['id', 'end', 'url'].includes(key);

/** A localized text: `{"en": "…", "fr": "…"}`. */
const isTextMap = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([k, v]) => isTag(k) && typeof v === 'string');

/**
 * The name of an array item in a path: its `id`, else its `number`, else its
 * index (`sessions[rt1]`, `objectives[7]`, `documents[0]`).
 */
function itemKey(item, index) {
  if (item && typeof item === 'object') {
    if (typeof item.id === 'string') return item.id;
    if (typeof item.number === 'number') return String(item.number);
  }
  return String(index);
}

/** Every human-readable text of forum data: `[{ path, value }]`, value a string or a map. */
export function dataTexts(data) {
  const out = [];
  const walk = (node, path) => {
    if (typeof node === 'string') {
      out.push({ path, value: node });
    } else if (isTextMap(node)) {
      out.push({ path, value: node });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${itemKey(item, i)}]`));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (NOT_TEXT.has(key) || typeof value === 'number' || typeof value === 'boolean') continue;
        walk(value, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(data, '');
  return out;
}

/** The languages a text is written in (primary subtags; a plain string is English). */
export function languagesOf(value) {
  if (typeof value === 'string') return ['en'];
  return [...new Set(Object.keys(value).map((tag) => tag.toLowerCase().split('-')[0]))];
}

/** Per language: the data texts in it and the paths that fall back to English. */
export function dataCoverage(data) {
  const texts = dataTexts(data);
  const result = {};
  for (const lang of LANGUAGES) {
    const fallback = texts.filter((t) => !languagesOf(t.value).includes(lang)).map((t) => t.path);
    result[lang] = { total: texts.length, inLanguage: texts.length - fallback.length, fallback };
  }
  return result;
}

const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (value) =>
  value && typeof value === 'object' && Object.keys(value).every((k) => PLURAL_KEYS.has(k));

/** The messages of a catalog: `Map<path, string | plural object>`. */
export function catalogMessages(catalog) {
  const out = new Map();
  const walk = (node, path) => {
    if (typeof node === 'string' || isPlural(node)) out.set(path, node);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
  };
  walk(catalog, '');
  return out;
}

const same = (a, b) =>
  typeof a === 'string' || typeof b === 'string'
    ? a === b
    : Object.values(a).every((form) => Object.values(b).includes(form));

/** Per language: the catalog messages in it and those missing, empty or the same as English. */
export function catalogCoverage(catalogs) {
  const english = catalogMessages(catalogs.en);
  const result = {};
  for (const lang of LANGUAGES) {
    const messages = catalogMessages(catalogs[lang] ?? {});
    const fallback = [];
    for (const [path, en] of english) {
      const value = messages.get(path);
      const empty = value === undefined || value === '' || (isPlural(value) && !value.other);
      if (lang !== 'en' && (empty || same(value, en))) fallback.push(path);
    }
    result[lang] = { total: english.size, inLanguage: english.size - fallback.length, fallback };
  }
  return result;
}

/**
 * Loads a language's catalog (TypeScript, one module per section) without a
 * build: esbuild bundles its sections and strips the types.
 */
export async function loadCatalogs() {
  const catalogs = {};
  for (const lang of LANGUAGES) {
    const file = fileURLToPath(new URL(`src/i18n/catalogs/${lang}.ts`, root));
    const { outputFiles } = await build({
      entryPoints: [file],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = outputFiles[0].text;
    const module = await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    );
    catalogs[lang] = module.default;
  }
  return catalogs;
}

export const loadData = () =>
  JSON.parse(readFileSync(new URL('data/imrf-2022.json', root), 'utf8'));

/** `objectives[7].title` → `objectives[*].title`, so 23 objectives read as one line. */
function groupPaths(paths) {
  const groups = new Map();
  for (const path of paths) {
    const key = path.replace(/\[[^\]]+\]/g, '[*]');
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, n]) => (n > 1 ? `${key} ×${n}` : key));
}

/** The report as text lines. */
export function report(data, catalogs) {
  const d = dataCoverage(data);
  const c = catalogCoverage(catalogs);
  const pad = (s, n) => String(s).padEnd(n);
  const lines = [
    `${pad('lang', 5)}${pad('data texts', 14)}${pad('catalog strings', 16)}`,
    ...LANGUAGES.map(
      (l) =>
        `${pad(l, 5)}${pad(`${d[l].inLanguage}/${d[l].total}`, 14)}${pad(`${c[l].inLanguage}/${c[l].total}`, 16)}`,
    ),
  ];
  for (const l of LANGUAGES.filter((l) => l !== 'en')) {
    lines.push('', `${l}: data texts in English (${d[l].fallback.length})`);
    for (const g of groupPaths(d[l].fallback)) lines.push(`  ${g}`);
    lines.push(`${l}: catalog strings missing or the same as English (${c[l].fallback.length})`);
    for (const p of c[l].fallback) lines.push(`  ${p}`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = loadData();
  const catalogs = await loadCatalogs();
  if (process.argv.includes('--json'))
    console.log(
      JSON.stringify({ data: dataCoverage(data), catalogs: catalogCoverage(catalogs) }, null, 2),
    );
  else console.log(report(data, catalogs).join('\n'));
}
