// Browser tests: TypeScript sources, served as they are, in headless Chromium,
// with real HTTP endpoints for the data loader (test/server/endpoints.js)
// and a pledge receiver (test/server/pledges.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { endpoints } from './test/server/endpoints.js';
import { pledges } from './test/server/pledges.js';

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [endpoints, pledges],
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
