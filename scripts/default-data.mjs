// The embedded default data (data/imrf-2022.json) as the library ships it,
// already validated here by the library's own validator (src/data/validate.ts),
// so pages showing it never download the validator (src/data/default-forum.ts
// only adds what validation computes: each session's times in milliseconds):
// src/data/default/en.json is the forum with each text in English only, and
// src/data/default/<lang>.json lists the texts the forum has in that language,
// as [path, tag, text] entries. Each also has the M49 names, in its language,
// of the countries the forum names (data/un-m49-country-names.csv), so pages
// showing it need no table of names. A page loads the English forum only when
// an element has no other source, and a language's texts only when an element
// shows that language, so an English page never downloads the other five.
//
//   node scripts/default-data.mjs          rewrites the six files
//   node scripts/default-data.mjs --check  exits 1 when a file is not what the
//                                          data gives (run by test/node/default-data.test.mjs)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { CSV, readCountries } from './country-names.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = join(ROOT, 'data/imrf-2022.json');
export const OUT = join(ROOT, 'src/data/default');
export const LANGUAGES = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];

const primary = (tag) => tag.toLowerCase().split('-')[0];

/** A localized text: an object whose keys are all tags of the six languages, English among them. */
const isLocalized = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((tag) => LANGUAGES.includes(primary(tag))) &&
  Object.keys(value).some((tag) => primary(tag) === 'en');

/** Splits the forum into its English skeleton and each language's [path, tag, text] entries. */
export function split(forum) {
  const overlays = Object.fromEntries(LANGUAGES.slice(1).map((l) => [l, []]));
  const walk = (value, path) => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (value === null || typeof value !== 'object') return value;
    if (isLocalized(value)) {
      const english = {};
      for (const [tag, text] of Object.entries(value)) {
        if (primary(tag) === 'en') english[tag] = text;
        else overlays[primary(tag)].push([path.join('/'), tag, text]);
      }
      return english;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
  };
  return { en: walk(forum, []), overlays };
}

/** The entry the library's modules are compiled from: what this script uses of them. */
const ENTRY = `export { validateForum } from ${JSON.stringify(join(ROOT, 'src/data/validate.ts'))};
export { namedCountries } from ${JSON.stringify(join(ROOT, 'src/data/named-countries.ts'))};`;

let compiled;
/**
 * The library's validator (src/data/validate.ts) and what finds the countries
 * a forum names (src/data/named-countries.ts), compiled (once) and loaded in Node.
 */
const library = () => (compiled ??= compile());

async function compile() {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? ENTRY : null),
      },
      nodeResolve(),
      json(),
      typescript({ tsconfig: join(ROOT, 'tsconfig.json'), declaration: false, outDir: OUT }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = encodeURIComponent(output[0].code);
  return import(`data:text/javascript,${code}`);
}

/**
 * data/imrf-2022.json as the validator returns it (its order, its defaults),
 * without the times in milliseconds that the library adds when it loads it.
 * @throws when the validator reports any problem in the data.
 */
export async function validated() {
  const { validateForum } = await library();
  const { forum, warnings } = validateForum(JSON.parse(readFileSync(SOURCE, 'utf8')));
  if (warnings.length > 0)
    throw new Error(`data/imrf-2022.json has problems: ${JSON.stringify(warnings, null, 1)}`);
  return JSON.parse(
    JSON.stringify(forum, (key, value) =>
      key === 'startMs' || key === 'endMs' ? undefined : value,
    ),
  );
}

/** The M49 names, in each language, of the countries the forum names. */
async function countryNames(forum) {
  const { namedCountries } = await library();
  const codes = [...namedCountries(forum)].sort();
  const m49 = readCountries(readFileSync(CSV, 'utf8'));
  const names = (language) =>
    Object.fromEntries(codes.map((code) => [code, m49.find((c) => c.iso2 === code)[language]]));
  return Object.fromEntries(LANGUAGES.map((language) => [language, names(language)]));
}

/** The files as they should be. */
export async function files() {
  const forum = await validated();
  const { en, overlays } = split(forum);
  const countries = await countryNames(forum);
  const out = { 'en.json': JSON.stringify({ forum: en, countries: countries.en }) + '\n' };
  for (const [language, texts] of Object.entries(overlays))
    out[`${language}.json`] = JSON.stringify({ texts, countries: countries[language] }) + '\n';
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, text] of Object.entries(await files())) {
    const file = join(OUT, name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      console.error(
        `${file} is not what data/imrf-2022.json gives: run node scripts/default-data.mjs`,
      );
      stale++;
    } else writeFileSync(file, text);
  }
  process.exitCode = stale ? 1 : 0;
}
