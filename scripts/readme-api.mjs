// The API tables of README.md, generated from custom-elements.json (so from
// the elements' JSDoc): attributes and properties, methods, events, slots,
// CSS custom properties and parts of every element, each between
//   <!-- api:<tag> … -->  and  <!-- /api:<tag> -->
// in the element's `### \`<tag>\`` section under `## Elements`, after the prose
// people wrote. An element without markers gets them at the end of its
// section's prose (before its first `####` subsection); one without a section
// gets a new one at the end of `## Elements`.
//
//   node scripts/readme-api.mjs           rewrites README.md (`npm run readme`)
//   node scripts/readme-api.mjs --check   fails when README.md is not current (`npm test`)
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { isPublic, manifestElements, oneLine, typeResolver } from './manifest.mjs';

const README = 'README.md';
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
        a.description,
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
      ? `It ${(el.cssProperties ?? []).some((p) => !p.inheritedFrom) ? 'also reads' : 'reads'} the global tokens of every element: see [Theming](#theming).\n`
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

function update(readme) {
  let text = readme;
  for (const el of elements) {
    const generated = block(el);
    const start = text.indexOf(`<!-- api:${el.tagName} `);
    const endMarker = `<!-- /api:${el.tagName} -->`;
    if (start !== -1 && text.includes(endMarker, start)) {
      const end = text.indexOf(endMarker, start) + endMarker.length;
      text = text.slice(0, start) + generated + text.slice(end);
      continue;
    }
    const lines = text.split('\n');
    const heading = lines.findIndex((line) => line.startsWith(`### \`<${el.tagName}>\``));
    if (heading !== -1) {
      // After the section's prose, before its first subsection (`#### …`) if it has one.
      lines.splice(sectionEnd(lines, heading, 4), 0, generated, '');
    } else {
      const elementsHeading = lines.findIndex((line) => line.trim() === '## Elements');
      if (elementsHeading === -1) throw new Error(`${README} has no "## Elements" section.`);
      const section = [
        `### \`<${el.tagName}>\``,
        '',
        oneLine(el.description ?? el.summary),
        '',
        generated,
        '',
      ];
      lines.splice(sectionEnd(lines, elementsHeading, 2), 0, ...section);
    }
    text = lines.join('\n');
  }
  return text;
}

const current = readFileSync(README, 'utf8');
const options = { ...(await prettier.resolveConfig(README)), parser: 'markdown' };
const fresh = await prettier.format(update(current), options);

if (check) {
  if (fresh !== current) {
    console.error(
      `${README}'s API tables are not what custom-elements.json says: run \`npm run readme\` and commit README.md.`,
    );
    process.exit(1);
  }
  console.log(`${README}'s API tables are current.`);
} else {
  writeFileSync(README, fresh);
  console.log(`${README}: API tables of ${elements.length} elements written.`);
}
