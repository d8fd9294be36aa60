import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { getStorybookHelpers, setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import { LANGUAGES } from '../src/i18n/languages.js';

// Docs pages list attributes, properties, methods, events, slots, CSS properties
// and parts from the manifest, and every attribute and CSS property is a control:
// @wc-toolkit/storybook-helpers makes the argTypes, with the types the analyzer
// resolved (`expandedType`: `'light' | 'dark'` for `Theme`), so aliases become choices.
setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true, typeRef: 'expandedType' });

const declarations = (manifest.modules as { declarations?: Record<string, unknown>[] }[])
  .flatMap((module) => module.declarations ?? [])
  .filter((d) => d.customElement && d.tagName) as {
  tagName: string;
  events?: { name: string }[];
}[];
const tags = new Set(declarations.map((d) => d.tagName));
/** Every event name any element fires. */
const eventNames = [...new Set(declarations.flatMap((d) => (d.events ?? []).map((e) => e.name)))];

/**
 * The argTypes of an element story's `component`. Parts are listed, not
 * controls: the stories render their elements themselves, and a part is
 * styled from the page, as the Theming guide shows.
 */
function extractArgTypes(component: unknown) {
  if (typeof component !== 'string' || !tags.has(component)) return null;
  const { argTypes } = getStorybookHelpers(component);
  for (const argType of Object.values(argTypes))
    if (argType.table?.category === 'css shadow parts') argType.control = false;
  return argTypes;
}

const LANGUAGE_NAMES: Record<string, string> = {
  ar: 'العربية (Arabic)',
  en: 'English',
  es: 'Español (Spanish)',
  fr: 'Français (French)',
  ru: 'Русский (Russian)',
  zh: '中文 (Chinese)',
};

/**
 * The toolbar's language is set as `lang` on a wrapper (the elements take it
 * from their closest ancestor); its theme becomes the story's `theme` arg,
 * which every story passes to its elements. CSS custom property controls
 * (`--imrf-…` args) are set on the wrapper too, as a partner sets them on an
 * ancestor.
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale?: string; theme?: string };
  const forced = theme === 'light' || theme === 'dark' || theme === 'auto' ? { theme } : {};
  document.body.classList.toggle('imrf-story-dark', theme === 'dark');
  const tokens = Object.fromEntries(
    Object.entries(context.args).filter(
      ([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim(),
    ),
  );
  return html`<div lang=${locale ?? 'en'} style=${styleMap(tokens)}>
    ${story({ args: { ...context.args, ...forced } })}
  </div>`;
};

const preview: Preview = {
  decorators: [withLanguageAndTheme, withActions],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES.map((value) => ({ value, title: LANGUAGE_NAMES[value] })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'page', title: 'The page’s colour scheme' },
          { value: 'auto', title: 'Visitor’s preference' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'page' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // Every imrf-* event any element fires is logged in the Actions panel.
    actions: { handles: eventNames },
    docs: { extractArgTypes },
    options: { storySort: { order: ['Guides', ['Embedding', 'Theming'], 'Elements'] } },
  },
  tags: ['autodocs'],
};

export default preview;
