// The static Storybook (storybook-static/, built by `npm run build-storybook`,
// which `npm run test:storybook` runs first) in headless Chromium:
//  - every story renders with no console error, no page error and no
//    Storybook error, and axe finds no violation once its elements settle
//    (the a11y addon's setup: the story's `parameters.a11y`, `region` off);
//  - every documented attribute of every element is a control that reaches
//    the element, in the first story of its component;
//  - every element's docs page lists its attributes, events, slots, CSS
//    custom properties and parts from custom-elements.json;
//  - the guide pages render with no error.
// One browser, a few pages at a time (test/storybook/browse.mjs). The dev
// server that `npm start` runs is checked by dev-server.test.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveStatic } from '../../scripts/static-server.mjs';
import { axe, entriesOf, isGuide, settle, storybookPages, unrendered } from './browse.mjs';

const ROOT = 'storybook-static';
const { stories, docs } = entriesOf(JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => [d.tagName, d]),
);

let server;
let pages;

before(async () => {
  server = await serveStatic(ROOT);
  pages = await storybookPages(server.origin);
});

after(async () => {
  await pages?.close();
  await server?.close();
});

const eachOnPages = (items, task) => pages.each(items, task);
const open = (page, id, viewMode) => pages.open(page, id, viewMode);

const firstStoryOf = new Map();
const componentOf = new Map(); // stories file → its element

test(`every story renders without errors and passes axe (${stories.length} stories)`, async () => {
  assert.ok(stories.length > 0, 'no stories in storybook-static/index.json');
  const failures = await eachOnPages(stories, async (page, story) => {
    await open(page, story.id, 'story');
    await settle(page);
    const component = await page.evaluate(
      () => window.__STORYBOOK_PREVIEW__.currentRender.story.component,
    );
    if (component && !firstStoryOf.has(component)) firstStoryOf.set(component, story.id);
    if (component) componentOf.set(story.importPath, component);
    const violations = await axe(page);
    const problems = [
      ...page.problems,
      ...(await unrendered(page)),
      ...violations.map((v) => `axe: ${v}`),
    ];
    if (problems.length) throw new Error(problems.join('\n    '));
  });
  assert.deepEqual(failures, []);
});

test('every documented attribute and CSS custom property is a control that reaches its element', async () => {
  const components = [...elements.keys()];
  const missing = components.filter((tag) => !firstStoryOf.has(tag));
  assert.deepEqual(missing, [], 'elements without stories');
  const failures = await eachOnPages(
    components.map((tag) => ({ id: firstStoryOf.get(tag), tag })),
    async (page, { id, tag }) => {
      await open(page, id, 'story');
      const attributes = elements.get(tag).attributes ?? [];
      // The element's own hooks, and one global token.
      const css = elements.get(tag).cssProperties ?? [];
      const cssProperties = [
        ...css.filter((p) => !p.inheritedFrom),
        ...css.filter((p) => p.inheritedFrom).slice(0, 1),
      ].map((p) => p.name);
      const problems = await page.evaluate(
        async (tag, attributes, id, cssProperties) => {
          const preview = window.__STORYBOOK_PREVIEW__;
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const { argTypes } = preview.currentRender.story;
          const rendered = () =>
            new Promise((resolve) => channel.once('storyRendered', () => setTimeout(resolve, 50)));
          /** Values to set: a switch both ways, a number, the last choice, or a text. */
          const samples = (argType) => {
            const type = argType.control?.type ?? argType.control;
            if (type === 'boolean') return [true, false];
            if (type === 'number' || type === 'range') return [2];
            const options = (argType.options ?? []).filter((o) => o !== undefined && o !== null);
            if (options.length) return [options[options.length - 1]];
            return ['storybook-control-test'];
          };
          const reaches = (element, attribute, value) => {
            const property = element?.[attribute.fieldName];
            if (!element) return false;
            if (value === true) return property === true || element.hasAttribute(attribute.name);
            if (value === false) return property !== true && !element.hasAttribute(attribute.name);
            return (
              element.getAttribute(attribute.name) === String(value) ||
              String(property) === String(value)
            );
          };
          const problems = [];
          for (const attribute of attributes) {
            const keys = [attribute.name, attribute.fieldName].filter(
              (key, i, all) =>
                key &&
                all.indexOf(key) === i &&
                argTypes[key] &&
                argTypes[key].control &&
                argTypes[key].control.disable !== true &&
                argTypes[key].table?.disable !== true,
            );
            if (keys.length === 0) {
              problems.push(`${attribute.name}: no control`);
              continue;
            }
            for (const key of keys) {
              for (const value of samples(argTypes[key])) {
                const done = rendered();
                channel.emit('updateStoryArgs', { storyId: id, updatedArgs: { [key]: value } });
                await done;
                const element = document.querySelector(`#storybook-root ${tag}`);
                if (!reaches(element, attribute, value))
                  problems.push(
                    `${attribute.name}: the control "${key}" = ${JSON.stringify(value)} does not reach <${tag}>`,
                  );
              }
              const reset = rendered();
              channel.emit('resetStoryArgs', { storyId: id, argNames: [key] });
              await reset;
            }
          }
          // CSS custom properties: set on an ancestor, as a partner does, they reach the element.
          for (const name of cssProperties) {
            if (!argTypes[name]?.control || argTypes[name].control.disable) {
              problems.push(`${name}: no control`);
              continue;
            }
            const done = rendered();
            channel.emit('updateStoryArgs', { storyId: id, updatedArgs: { [name]: '7px' } });
            await done;
            const element = document.querySelector(`#storybook-root ${tag}`);
            const value = element && getComputedStyle(element).getPropertyValue(name).trim();
            if (value !== '7px') problems.push(`${name}: the control does not reach <${tag}>`);
            const reset = rendered();
            channel.emit('resetStoryArgs', { storyId: id, argNames: [name] });
            await reset;
          }
          return problems;
        },
        tag,
        attributes,
        id,
        cssProperties,
      );
      if (problems.length) throw new Error(problems.join('\n    '));
    },
  );
  assert.deepEqual(failures, []);
});

test('every element’s docs page lists its API from custom-elements.json', async () => {
  const pages = docs.filter((entry) => !isGuide(entry));
  const failures = await eachOnPages(pages, async (page, entry) => {
    await open(page, entry.id, 'docs');
    await page.waitForFunction(() => document.querySelector('.docblock-argstable'), {
      timeout: 30000,
    });
    const tag = componentOf.get(entry.importPath);
    const element = elements.get(tag);
    if (!element) throw new Error(`no element for component ${tag}`);
    const text = await page.evaluate(() => document.querySelector('#storybook-docs').innerText);
    const names = [
      ...(element.attributes ?? []),
      ...(element.events ?? []),
      ...(element.slots ?? []).filter((s) => s.name),
      ...(element.cssProperties ?? []),
      ...(element.cssParts ?? []),
    ].map((item) => item.name);
    const absent = names.filter((name) => !text.includes(name));
    if (absent.length) throw new Error(`not on the docs page: ${absent.join(', ')}`);
    if (page.problems.length) throw new Error(page.problems.join('\n    '));
  });
  assert.deepEqual(failures, []);
});

test('the guide pages render without errors', async () => {
  const guides = docs.filter(isGuide);
  assert.ok(guides.length > 0, 'no guide pages');
  const failures = await eachOnPages(guides, async (page, entry) => {
    await open(page, entry.id, 'docs');
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (page.problems.length) throw new Error(page.problems.join('\n    '));
  });
  assert.deepEqual(failures, []);
});
