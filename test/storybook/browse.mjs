// Opening Storybook's pages in headless Chromium, for the checks of the static
// build (storybook.test.mjs) and of the dev server that `npm start` runs
// (dev-server.test.mjs): a few pages side by side, each reused from story to
// story and collecting what went wrong on it (console errors, page errors,
// failed requests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { FOREGROUND_ARGS, findChromium } from '../../scripts/chromium.mjs';

const axeSource = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The entries of a Storybook's index.json, by kind. */
export function entriesOf(index) {
  const entries = Object.values(index.entries);
  return {
    stories: entries.filter((entry) => entry.type === 'story'),
    docs: entries.filter((entry) => entry.type === 'docs'),
  };
}

const isFavicon = (url) => new URL(url, 'http://x').pathname === '/favicon.ico';

/** MDX pages (the guides), as opposed to the docs pages generated for each element. */
export const isGuide = (entry) => entry.tags?.some((tag) => tag.endsWith('-mdx'));

/**
 * Launches Chromium with `count` pages for the Storybook at `origin`.
 * Resolves with `each(items, task)`, which runs `task(page, item)` for every
 * item, the pages side by side, and resolves with the failures; `open`;
 * and `close()`.
 */
export async function storybookPages(origin, count = 3) {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    // Pages side by side (Storybook waits for animation frames before it finishes a story).
    args: [...FOREGROUND_ARGS, '--lang=en-US'],
  });
  const pool = [];
  for (let i = 0; i < count; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    page.problems = [];
    page.on('console', (message) => {
      // The browser's own request for a favicon is not the page's.
      if (message.type() === 'error' && !isFavicon(message.location()?.url ?? ''))
        page.problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
    page.on('error', (error) => page.problems.push(`page crashed: ${error.message}`));
    // A request cancelled (by the next story's navigation, or by an element that
    // aborts a stale load as designed) did not fail.
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText;
      if (reason !== 'net::ERR_ABORTED')
        page.problems.push(`request failed: ${request.url()} ${reason}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !isFavicon(response.url()))
        page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    pool.push(page);
  }

  async function each(items, task) {
    const queue = [...items];
    const failures = [];
    await Promise.all(
      pool.map(async (page) => {
        for (let item = queue.shift(); item; item = queue.shift()) {
          page.problems.length = 0;
          try {
            await task(page, item);
          } catch (error) {
            // What the page said before it failed tells why (a module that did not load…).
            const said = page.problems.filter((p) => !error.message.includes(p));
            failures.push([`${item.id}: ${error.message}`, ...said].join('\n    '));
          }
        }
      }),
    );
    return failures;
  }

  /**
   * Opens a story or docs page and waits for Storybook to finish with it. A
   * story after a story is shown as Storybook's own UI shows it: the preview,
   * loaded once on the page, is told to switch (`setCurrentStory`), so each
   * story costs its render, not a reload of Storybook.
   */
  async function open(page, id, viewMode) {
    const switchable =
      viewMode === 'story' &&
      page.url().startsWith(`${origin}/iframe.html`) &&
      (await page.evaluate(
        () =>
          window.__STORYBOOK_PREVIEW__?.currentRender?.viewMode === 'story' &&
          window.__STORYBOOK_ADDONS_CHANNEL__ !== undefined &&
          !document.body.className.includes('sb-show-errordisplay'),
      ));
    if (switchable)
      await page.evaluate(
        (storyId) =>
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', {
            storyId,
            viewMode: 'story',
          }),
        id,
      );
    else
      await page.goto(`${origin}/iframe.html?id=${id}&viewMode=${viewMode}`, {
        waitUntil: 'load',
      });
    if (viewMode === 'story') {
      await page.waitForFunction(
        (storyId) => {
          const render = window.__STORYBOOK_PREVIEW__?.currentRender;
          return (
            render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase)
          );
        },
        { timeout: 60000, polling: 100 },
        id,
      );
    } else {
      await page.waitForFunction(
        () => document.querySelector('#storybook-docs .sbdocs-content, .sb-show-errordisplay'),
        { timeout: 60000, polling: 100 },
      );
    }
    const shown = await page.evaluate(() => document.body.className);
    if (shown.includes('sb-show-errordisplay')) {
      const error = await page.evaluate(
        () => document.querySelector('#error-message')?.textContent,
      );
      throw new Error(`Storybook shows an error: ${error}`);
    }
  }

  return { each, open, close: () => browser.close() };
}

/**
 * Waits until the story's IMRF elements have settled: updates done, and the
 * same text and loading states twice in a row (a loading story stays loading).
 */
export async function settle(page) {
  await page.evaluate(async () => {
    const imrf = () =>
      [...document.querySelectorAll('#storybook-root *')].filter((el) =>
        el.localName.startsWith('imrf-'),
      );
    const snapshot = () =>
      imrf()
        .map(
          (el) =>
            `${el.localName}:${el.shadowRoot?.textContent?.length ?? -1}:${el.shadowRoot?.querySelectorAll('[aria-busy="true"]').length ?? 0}`,
        )
        .join('|');
    let last = '';
    for (let i = 0; i < 40; i++) {
      await Promise.all(imrf().map((el) => el.updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = snapshot();
      if (now === last) return;
      last = now;
    }
  });
}

/**
 * The story's IMRF elements that did not render: not defined, or with no
 * text in their shadow root. `<imrf-forum>` renders only its slot.
 */
export function unrendered(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#storybook-root *')]
      .filter((el) => el.localName.startsWith('imrf-') && el.localName !== 'imrf-forum')
      .filter((el) => !customElements.get(el.localName) || !el.shadowRoot?.textContent?.trim())
      .map((el) => `<${el.localName}> did not render`),
  );
}

/** Runs axe as the a11y addon does, with the story's own a11y parameters. */
export async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const parameters = window.__STORYBOOK_PREVIEW__.currentRender.story.parameters.a11y ?? {};
    if (parameters.disable || parameters.test === 'off') return [];
    const { config = {}, options = {} } = parameters;
    window.axe.reset();
    window.axe.configure({
      ...config,
      rules: [{ id: 'region', enabled: false }, ...(config.rules ?? [])],
    });
    const context = {
      include: document.body,
      exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
    };
    const result = await window.axe.run(context, options);
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' > '))
          .join('; ')}`,
    );
  });
}
