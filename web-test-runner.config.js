// Browser tests: TypeScript sources, served as they are, in headless Chromium,
// with real HTTP endpoints for the data loader (test/server/endpoints.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { endpoints } from './test/server/endpoints.js';

/**
 * JSON imported by a module (the default data) becomes a JS module; JSON
 * fetched by code (a forum's `src`) stays JSON. The browser tells them apart
 * by Sec-Fetch-Dest.
 */
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script')
      return { body: `export default ${context.body};` };
  },
};

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    jsonModules,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  middleware: [endpoints],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [...CHROMIUM_ARGS, '--lang=en-US'],
        // The visitor's zone is pinned far from the forum's (New York), so any
        // code that uses local time instead of the forum's shows up in tests.
        env: { ...process.env, TZ: 'Asia/Tokyo' },
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
