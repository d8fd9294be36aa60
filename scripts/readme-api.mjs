// The API tables of every element's page in docs/ (`docs/<folder>.md` for
// `src/<folder>/<folder>.ts`), generated from custom-elements.json (so from
// the elements' JSDoc): attributes and properties, methods, events, slots,
// CSS custom properties and parts, between
//   <!-- api:<tag> … -->  and  <!-- /api:<tag> -->
// after the prose people wrote. A page without markers gets them at the end of
// its prose (before its first `## ` section); an element without a page gets a
// new one.
//
//   node scripts/readme-api.mjs           rewrites the pages (`npm run readme`)
//   node scripts/readme-api.mjs --check   fails when a page is not current (`npm test`)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { isPublic, manifestElements, oneLine, typeResolver } from './manifest.mjs';

const check = process.argv.includes('--check');

const elements = manifestElements();
const types = typeResolver((el) => el.path, elements);

/** A table cell: one line, pipes escaped (also inside code spans, as GitHub wants). */
const cell = (text = '') => oneLine(text).replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/** The type people write: literal values when TypeScript knows them, no null or undefined. */
function typeOf(el, field, text = '') {
  const values = types.literals(el, field);
  if (values.length) return values.map((v) => `'${v}'`).join(' | ');
  if (!text) return types.type(el, field);
  return text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'null' && part !== 'undefined')
    .join(' | ');
}

/** The description, after "Deprecated." and what to use instead for a deprecated item. */
const deprecation = (item) =>
  item.deprecated
    ? `**Deprecated.** ${typeof item.deprecated === 'string' ? item.deprecated : ''} ${item.description ?? ''}`
    : item.description;

/** A type without the module namespaces of its source (`s.SubmissionReport` → `SubmissionReport`). */
const unqualified = (text) => text.replace(/\b[a-z]\w*\.(?=[A-Z])/g, '');

const defaultOf = (el, value) =>
  value === undefined || value === 'null' || value === 'undefined' ? '' : types.constant(el, value);

function block(el) {
  const attributes = el.attributes ?? [];
  const withAttribute = new Set(attributes.map((a) => a.fieldName));
  const members = (el.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field' && !withAttribute.has(m.name));
  const methods = members.filter((m) => m.kind === 'method');
  const shared = (item) => (item.inheritedFrom ? ' (every element)' : '');
  return [
    `<!-- api:${el.tagName} generated from custom-elements.json by \`npm run readme\`: edit the JSDoc, not these tables -->`,
    '',
    ...table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(typeOf(el, a.fieldName, a.type?.text)),
        code(defaultOf(el, a.default)),
        deprecation(a),
      ]),
    ),
    ...table(
      ['property (no attribute)', 'type', 'description'],
      fields.map((f) => [code(f.name), code(typeOf(el, f.name, f.type?.text)), f.description]),
    ),
    ...table(
      ['method', 'description'],
      methods.map((m) => [
        code(
          `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}: ${unqualified(p.type?.text ?? 'unknown')}`).join(', ')}): ${m.return?.type?.text ?? 'void'}`,
        ),
        m.description,
      ]),
    ),
    ...table(
      ['event (bubbles, composed)', 'description'],
      (el.events ?? []).filter((e) => e.name).map((e) => [code(e.name), e.description]),
    ),
    ...table(
      ['slot', 'description'],
      (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
    ),
    ...table(
      ['CSS custom property', 'description'],
      (el.cssProperties ?? [])
        .filter((p) => !p.inheritedFrom)
        .map((p) => [
          code(p.name),
          `${p.description ?? ''}${p.default ? ` Default: ${p.default}.` : ''}`,
        ]),
    ),
    (el.cssProperties ?? []).some((p) => p.inheritedFrom)
      ? `It ${(el.cssProperties ?? []).some((p) => !p.inheritedFrom) ? 'also reads' : 'reads'} the global tokens of every element: see [Theming](theming.md).\n`
      : '',
    ...table(
      ['part', 'description'],
      (el.cssParts ?? []).map((p) => [code(p.name), `${p.description ?? ''}${shared(p)}`]),
    ),
    `<!-- /api:${el.tagName} -->`,
  ].join('\n');
}

/** Where a heading of `level` (or a higher one) starts after line `from`, else the end. */
function sectionEnd(lines, from, level) {
  const pattern = new RegExp(`^#{1,${level}} `);
  let fence = false;
  for (let i = from + 1; i < lines.length; i++) {
    if (/^```/.test(lines[i])) fence = !fence;
    if (!fence && pattern.test(lines[i])) return i;
  }
  return lines.length;
}

/** The page of an element: `src/schedule/schedule.ts` → `docs/schedule.md`. */
const pageOf = (el) => `docs/${el.path.split('/').at(-2)}.md`;

const NOTE =
  "The tables below are generated from `custom-elements.json` (so from the element's JSDoc) by `npm run readme`; `npm test` fails when they are out of date. The same API is in Storybook's docs page.";

function update(page, el) {
  const generated = block(el);
  const start = page.indexOf(`<!-- api:${el.tagName} `);
  const endMarker = `<!-- /api:${el.tagName} -->`;
  if (start !== -1 && page.includes(endMarker, start)) {
    const end = page.indexOf(endMarker, start) + endMarker.length;
    return page.slice(0, start) + generated + page.slice(end);
  }
  if (!page.trim())
    return [
      `# \`<${el.tagName}>\``,
      '',
      oneLine(el.description ?? el.summary),
      '',
      NOTE,
      '',
      generated,
      '',
    ].join('\n');
  // After the page's prose, before its first section (`## …`) if it has one.
  const lines = page.split('\n');
  lines.splice(sectionEnd(lines, 0, 2), 0, NOTE, '', generated, '');
  return lines.join('\n');
}

const stale = [];
for (const el of elements) {
  const path = pageOf(el);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const options = { ...(await prettier.resolveConfig(path)), parser: 'markdown' };
  const fresh = await prettier.format(update(current, el), options);
  if (fresh === current) continue;
  if (check) stale.push(path);
  else writeFileSync(path, fresh);
}

if (check) {
  if (stale.length) {
    console.error(
      `${stale.join(', ')}: the API tables are not what custom-elements.json says: run \`npm run readme\` and commit the pages.`,
    );
    process.exit(1);
  }
  console.log(`The API tables of ${elements.length} elements in docs/ are current.`);
} else {
  console.log(`docs/: API tables of ${elements.length} elements written.`);
}
