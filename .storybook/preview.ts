import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import { LANGUAGES } from '../src/i18n/languages.js';
import { eventNames, extractArgTypes, extractComponentDescription } from './manifest.js';

// Docs pages list attributes, properties, methods, events, slots, CSS properties
// and parts from the manifest, and every attribute and CSS property is a control.
setCustomElementsManifest(manifest);

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
  const forced = theme === 'light' || theme === 'dark' ? { theme } : {};
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
          { value: 'auto', title: 'Visitor’s preference' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // Every imrf-* event any element fires is logged in the Actions panel.
    actions: { handles: eventNames },
    docs: { extractArgTypes, extractComponentDescription },
    options: { storySort: { order: ['Guides', ['Embedding', 'Theming'], 'Elements'] } },
  },
  tags: ['autodocs'],
};

export default preview;
