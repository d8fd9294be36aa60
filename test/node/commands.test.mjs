// The commands the README and the docs tell people to type exist, and the
// README's quick start is what CI runs on its fresh clone (.ci/run).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const read = (path) => readFileSync(path, 'utf8');
const docs = [
  'README.md',
  'CONTRIBUTING.md',
  ...(existsSync('docs') ? readdirSync('docs').filter((f) => f.endsWith('.md')) : []).map((f) =>
    join('docs', f),
  ),
].filter((path) => existsSync(path));

/** The shell lines of a Markdown text's code blocks marked sh, bash, shell or console. */
function shellLines(markdown) {
  const lines = [];
  for (const [, body] of markdown.matchAll(/```(?:sh|bash|shell|console)\n([\s\S]*?)```/g))
    lines.push(
      ...body
        .split('\n')
        .map((line) => line.replace(/^\$\s*/, '').trim())
        .filter((line) => line && !line.startsWith('#')),
    );
  return lines;
}

/** The npm scripts a command line runs: `npm start`, `npm test`, `npm run x`. */
function scriptsOf(line) {
  const found = [];
  for (const [, verb, name] of line.matchAll(/\bnpm (run|start|test|t)\b(?: ([\w:.-]+))?/g))
    found.push(verb === 'run' ? name : verb === 't' ? 'test' : verb);
  return found;
}

test('the README’s quick start is the two commands a newcomer types', () => {
  const readme = read('README.md');
  const section = readme.split(/^## /m).find((s) => /^Quick start/i.test(s));
  assert.ok(section, 'README.md has a "Quick start" section');
  assert.deepEqual(shellLines(section), ['npm install && npm start', 'npm test']);
});

test('CI runs the quick start on its fresh clone', () => {
  const ci = read('.ci/run')
    .split('\n')
    .filter((line) => !line.trim().startsWith('#') && !line.trim().startsWith('echo'));
  const runs = (command) => ci.some((line) => new RegExp(`(^|\\s)${command}(\\s|$)`).test(line));
  assert.ok(runs('npm install'), '.ci/run runs npm install');
  assert.ok(runs('npm test'), '.ci/run runs npm test');
  // npm start is a server: the suite starts it and opens every story in it.
  assert.ok(existsSync('test/storybook/dev-server.test.mjs'));
  assert.match(read('test/storybook/dev-server.test.mjs'), /spawn\('npm', \['start'/);
  assert.match(pkg.scripts['test:storybook'], /node --test test\/storybook\//);
  assert.match(pkg.scripts.test, /npm run test:storybook/);
});

test('every npm script the docs name exists', () => {
  const missing = [];
  for (const path of docs)
    for (const line of shellLines(read(path)))
      for (const script of scriptsOf(line))
        if (!pkg.scripts[script]) missing.push(`${path}: ${line}`);
  assert.deepEqual(missing, []);
});
