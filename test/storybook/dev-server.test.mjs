// `npm start`, as a newcomer runs it: the real command (Storybook's dev
// server, with its own module graph, not the static build) on a free port.
// Every story and every docs page of its index.json opens in headless
// Chromium with no console error, no page error, no failed or refused request
// and no IMRF element left unrendered.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { entriesOf, settle, storybookPages, unrendered } from './browse.mjs';

/** A port no one listens on now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

let child;
let output = '';
let origin;
let pages;
let index;

/** Polls the dev server until its story index answers (it builds it on first request). */
async function ready(deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
    try {
      const response = await fetch(`${origin}/index.json`);
      if (response.ok) return response.json();
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm start did not serve ${origin}/index.json in time:\n${output}`);
}

before(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The package script itself, with the port moved out of the way of a running Storybook.
  child = spawn('npm', ['start', '--', '--port', String(port), '--host', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none', STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  if (process.env.DEV_SERVER_LOG) child.stdout.on('data', (c) => process.stderr.write(c));
  if (process.env.DEV_SERVER_LOG) child.stderr.on('data', (c) => process.stderr.write(c));
  index = await ready(Date.now() + 180_000);
  pages = await storybookPages(origin);
});

after(async () => {
  await pages?.close();
  // npm, Storybook and Vite: the whole process group.
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
});

test('npm start serves every story, rendered, with no error', async () => {
  const { stories } = entriesOf(index);
  assert.ok(stories.length > 0, 'the dev server lists no stories');
  const failures = await pages.each(stories, async (page, story) => {
    await pages.open(page, story.id, 'story');
    await settle(page);
    const problems = [...page.problems, ...(await unrendered(page))];
    if (problems.length) throw new Error(problems.join('\n    '));
  });
  assert.deepEqual(failures, [], `npm start output:\n${output.slice(-2000)}`);
});

test('npm start serves every docs page with no error', async () => {
  const { docs } = entriesOf(index);
  assert.ok(docs.length > 0, 'the dev server lists no docs pages');
  const failures = await pages.each(docs, async (page, entry) => {
    await pages.open(page, entry.id, 'docs');
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (page.problems.length) throw new Error(page.problems.join('\n    '));
  });
  assert.deepEqual(failures, []);
});
