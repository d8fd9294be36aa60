import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type CSSResultOrNative } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { tokens } from '../src/styles/tokens.js';

/**
 * The token editor: every public custom property, read from the elements'
 * own CSS (defaults included) and described from custom-elements.json, so
 * a token added to an element shows up here by itself.
 */
interface Token {
  name: string;
  default: string;
  description: string;
  group: string;
}

interface Declaration {
  name?: string;
  tagName?: string;
  customElement?: boolean;
  cssProperties?: { name: string; description?: string; inheritedFrom?: unknown }[];
}

const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap(
  (module) => module.declarations ?? [],
);
const descriptions = new Map(
  declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => [p.name, p.description ?? ''])),
);

/** Every `var(--imrf-…, fallback)` of a style sheet, with its fallback. */
function fallbacks(cssText: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of cssText.matchAll(/var\(\s*(--imrf-[\w-]+)\s*,/g)) {
    let depth = 1;
    let end = match.index! + match[0].length;
    for (; end < cssText.length && depth > 0; end++) {
      if (cssText[end] === '(') depth++;
      if (cssText[end] === ')') depth--;
    }
    const value = cssText.slice(match.index! + match[0].length, end - 1).trim();
    if (!found.has(match[1])) found.set(match[1], value.replace(/\s+/g, ' '));
  }
  return found;
}

const cssOf = (styles: unknown): string =>
  [styles]
    .flat(Infinity)
    .map((style) => (style as CSSResultOrNative & { cssText?: string })?.cssText ?? '')
    .join('\n');

/** A fallback that refers to a private value (`var(--_primary)`) means "follows a global token". */
const shown = (value: string) => (value.startsWith('var(') ? '' : value);

function collectTokens(): Token[] {
  const list: Token[] = [];
  for (const [name, value] of fallbacks(tokens.cssText))
    list.push({
      name,
      default: shown(value),
      description:
        descriptions.get(name) ??
        descriptions.get(name.replace(/-dark$/, '')) ??
        (/^--imrf-space-\d$/.test(name) ? 'A spacing step.' : ''),
      group: name.endsWith('-dark') ? 'dark theme' : 'global tokens',
    });
  for (const d of declarations) {
    if (!d.customElement || !d.tagName) continue;
    const own = (d.cssProperties ?? []).filter((p) => !p.inheritedFrom);
    if (own.length === 0) continue;
    const defaults = fallbacks(cssOf(customElements.get(d.tagName)?.elementStyles));
    for (const p of own)
      list.push({
        name: p.name,
        default: shown(defaults.get(p.name) ?? ''),
        description: p.description ?? '',
        group: `<${d.tagName}>`,
      });
  }
  return list;
}

const TOKENS = collectTokens();
const DEFAULTS = Object.fromEntries(TOKENS.map((t) => [t.name, t.default]));

type Args = Record<string, string>;

/** The CSS a partner adds to their site: only the tokens they changed. */
function themeCss(args: Args): string {
  const changed = TOKENS.filter(
    (t) => typeof args[t.name] === 'string' && args[t.name].trim() !== t.default,
  ).filter((t) => args[t.name].trim() !== '');
  if (changed.length === 0)
    return '/* Change a token in the Controls panel: the CSS for your site appears here. */\n';
  return `/* IMRF widgets: your theme. Add it to your site's CSS. */\n:root {\n${changed
    .map((t) => `  ${t.name}: ${args[t.name].trim()};`)
    .join('\n')}\n}\n`;
}

async function copy(event: Event) {
  const button = event.currentTarget as HTMLButtonElement;
  const root = button.closest('.token-editor')!;
  const text = root.querySelector('textarea')!;
  const status = root.querySelector('.copy-status')!;
  try {
    await navigator.clipboard.writeText(text.value);
    status.textContent = 'Copied to the clipboard.';
  } catch {
    text.select();
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

const STYLE = `
  .token-editor { display: grid; gap: 1.5em; font-family: system-ui, sans-serif; color: #1b1f23; }
  .token-editor .pair { display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(22em, 1fr)); }
  .token-editor .dark { background: #0e1013; padding: 1em; }
  .token-editor textarea { inline-size: 100%; min-block-size: 10em; font: 0.875em/1.5 ui-monospace, monospace; }
  .token-editor label { font-weight: 600; display: block; margin-block-end: 0.25em; }
  .token-editor button { font: inherit; padding: 0.4em 1em; color: #fff; background: #006ca8; border: 0; border-radius: 0.25em; cursor: pointer; }
  .token-editor .copy-status { margin-inline-start: 0.75em; }
`;

const meta: Meta<Args> = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { expanded: true, sort: 'none' } },
  // Every token is an arg: the preview sets `--imrf-…` args on the story's
  // wrapper, as a partner sets them on :root.
  argTypes: Object.fromEntries(
    TOKENS.map((t) => [
      t.name,
      {
        name: t.name,
        description: t.description,
        control: /^#[\da-f]{3,8}$/i.test(t.default) ? 'color' : 'text',
        table: {
          category: t.group,
          ...(t.default && { defaultValue: { summary: t.default } }),
        },
      },
    ]),
  ),
  args: DEFAULTS,
  render: (args) =>
    html`<div class="token-editor">
      <style>
        ${STYLE}
      </style>
      <div class="pair">
        <imrf-roundtable number="3" theme="light"></imrf-roundtable>
        <div class="dark"><imrf-roundtable number="3" theme="dark"></imrf-roundtable></div>
      </div>
      <imrf-schedule
        day="2022-05-18"
        kind="roundtable"
        now="2022-05-18T11:00:00-04:00"
        no-filters
        theme="light"
      ></imrf-schedule>
      <div>
        <label for="theme-css">The CSS for your site</label>
        <textarea id="theme-css" readonly .value=${themeCss(args)}></textarea>
        <p>
          <button type="button" @click=${copy}>Copy the CSS</button
          ><span class="copy-status" role="status"></span>
        </p>
      </div>
    </div>`,
};
export default meta;

/**
 * Edit the tokens in the Controls panel: the widgets follow, and the CSS to
 * copy holds the tokens you changed. Hooks of one element (`--imrf-schedule-…`)
 * are empty when they follow a global token.
 */
export const TokenEditor: StoryObj<Args> = {};

/** The editor with a partner's colours and type already set. */
export const PartnerExample: StoryObj<Args> = {
  args: {
    '--imrf-color-primary': '#5b2c83',
    '--imrf-color-primary-strong': '#5b2c83',
    '--imrf-color-surface-alt': '#f6f1fa',
    '--imrf-color-primary-dark': '#c8a2e8',
    '--imrf-color-primary-strong-dark': '#d9bdf0',
    '--imrf-font-family': 'Georgia, serif',
    '--imrf-radius': '0',
    '--imrf-roundtable-accent': '#e07a00',
  },
};
