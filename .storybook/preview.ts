import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { LANGUAGES } from '../src/i18n/languages.js';

// Docs pages list attributes, properties, events, CSS properties and parts from the manifest.
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
 * which every story passes to its elements.
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale?: string; theme?: string };
  const forced = theme === 'light' || theme === 'dark' ? { theme } : {};
  document.body.classList.toggle('imrf-story-dark', theme === 'dark');
  return html`<div lang=${locale ?? 'en'}>${story({ args: { ...context.args, ...forced } })}</div>`;
};

const preview: Preview = {
  decorators: [withLanguageAndTheme],
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
  },
  tags: ['autodocs'],
};

export default preview;
