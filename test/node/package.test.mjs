// What `npm publish` would ship, and the CDN files' integrity hashes. Runs
// after `npm run build` (npm test runs it first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName),
);

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = pack.files.map((file) => file.path).sort();

test('the package holds the built files, types, manifest, README, LICENSE and data only', () => {
  const allowed = [
    /^package\.json$/,
    /^README\.md$/,
    /^LICENSE$/,
    /^custom-elements\.json$/,
    /^data\/[\w.-]+\.json$/,
    /^dist\/.+\.(js|d\.ts|json)$/,
  ];
  const strays = files.filter((path) => !allowed.some((pattern) => pattern.test(path)));
  assert.deepEqual(strays, [], 'files that are not for users');
  const forbidden =
    /(^|\/)(src|test|tests|stories|demo|bench|docs|scripts|\.storybook)\/|\.(test|stories)\.|\.map$|\.tsbuildinfo$/;
  assert.deepEqual(
    files.filter((path) => forbidden.test(path)),
    [],
    'tests, stories, demos, benchmarks or sources',
  );
  for (const path of ['README.md', 'LICENSE', 'package.json', 'custom-elements.json'])
    assert.ok(files.includes(path), path);
});

test('every entry point package.json names is in the package', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types']];
  const collect = (value) =>
    typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect);
  collect(pkg.exports);
  const missing = targets
    .map((target) => target.replace(/^\.\//, ''))
    .filter((target) => !files.includes(target));
  assert.deepEqual(missing, [], 'exports, main, module, types or customElements not packed');
});

test('the editor data names every element: VS Code custom data and JetBrains web-types', () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
  assert.equal(webTypes.name, pkg.name);
  const html = webTypes.contributions.html.elements;
  assert.deepEqual(html.map((el) => el.name).sort(), [...tags].sort());
  for (const el of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    const entry = html.find((e) => e.name === el.tagName);
    assert.deepEqual(
      entry.attributes.map((a) => a.name),
      (el.attributes ?? []).map((a) => a.name),
      el.tagName,
    );
    assert.deepEqual(
      (entry.events ?? []).map((e) => e.name).sort(),
      (el.events ?? []).map((e) => e.name).sort(),
      el.tagName,
    );
  }
  const css = JSON.parse(readFileSync('dist/vscode.css-custom-data.json', 'utf8'));
  assert.ok(css.properties.some((p) => p.name === '--imrf-color-primary'));
  assert.ok(css.properties.some((p) => p.name === '--imrf-schedule-accent'));
});

test('every element has its module, its types, its define module and its CDN file', () => {
  for (const module of manifest.modules) {
    if (!(module.declarations ?? []).some((d) => d.customElement && d.tagName)) continue;
    const base = module.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
    const define = base.replace(/[^/]+$/, 'define');
    for (const path of [`${base}.js`, `${base}.d.ts`, `${define}.js`, `${define}.d.ts`])
      assert.ok(files.includes(path), path);
  }
  for (const tag of tags) assert.ok(files.includes(`dist/cdn/${tag}.js`), `dist/cdn/${tag}.js`);
  assert.ok(files.includes('dist/cdn/imrf-widgets.js'));
  // Every npm module has its declarations (the CDN bundles and the JSON data module need none).
  const untyped = files.filter(
    (path) =>
      /^dist\/.+\.js$/.test(path) &&
      !path.startsWith('dist/cdn/') &&
      !path.endsWith('.json.js') &&
      !files.includes(path.replace(/\.js$/, '.d.ts')),
  );
  assert.deepEqual(untyped, [], 'modules without .d.ts');
});

const CDN = join('dist', 'cdn');
const walk = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(d, entry.name)) : [join(d, entry.name)],
  );
/** Every script in dist/cdn/, relative to it, sorted. */
const cdnScripts = () =>
  walk(CDN)
    .map((path) => relative(CDN, path).split(sep).join('/'))
    .filter((path) => path.endsWith('.js'))
    .sort();

test('dist/cdn/sri.json holds the sha384 of every CDN script, and only those', () => {
  const expected = Object.fromEntries(
    cdnScripts().map((path) => [
      path,
      `sha384-${createHash('sha384')
        .update(readFileSync(join(CDN, path)))
        .digest('base64')}`,
    ]),
  );
  const sri = JSON.parse(readFileSync(join(CDN, 'sri.json'), 'utf8'));
  assert.deepEqual(sri, expected);
  for (const [dir, what] of [
    ['locales/', 'the locale chunks'],
    ['chunks/shared-', 'the shared chunk'],
    ['data/imrf-2022-en-', 'the default data'],
  ])
    assert.ok(
      Object.keys(sri).some((path) => path.startsWith(dir)),
      what,
    );
});

test('the CDN files with code start with V8’s compile hint; the files of data do not', () => {
  const scripts = cdnScripts();
  const hinted = (path) =>
    readFileSync(join(CDN, path), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
  const data = scripts.filter((path) => /^(data|locales)\//.test(path));
  const code = scripts.filter((path) => !data.includes(path));
  assert.ok(code.includes('imrf-widgets.js') && code.some((p) => p.startsWith('chunks/shared-')));
  assert.ok(data.length > 0);
  assert.deepEqual(
    code.filter((path) => !hinted(path)),
    [],
    'code without the hint',
  );
  assert.deepEqual(data.filter(hinted), [], 'data with the hint');
});
