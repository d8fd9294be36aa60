import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The data files, so stories can load a forum by URL. Not at /data: the dev
  // server serves the module data/imrf-2022.json (imported by the loader) there.
  staticDirs: [{ from: '../data', to: '/forum-data' }],
};

export default config;
