// Browser tests: TypeScript sources, served as they are, in a real browser,
// with real HTTP endpoints (test/server/). The engine is chosen by the
// ENGINE environment variable: chromium (default, `npm test`), firefox
// (Debian's firefox-esr) or webkit (WebKitGTK's MiniBrowser through
// WebKitWebDriver on 127.0.0.1:4445, started by scripts/test-engine.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { FOREGROUND_ARGS, findChromium } from './scripts/chromium.mjs';
import { endpoints } from './test/server/endpoints.js';
import { fixtures } from './test/server/fixtures.js';
import { hostile } from './test/server/hostile.js';
import { offline } from './test/server/offline.js';
import { pages } from './test/server/pages.js';
import { pledges } from './test/server/pledges.js';

// The visitor's zone is pinned far from the forum's (New York), so any code
// that uses local time instead of the forum's shows up in tests.
const env = { ...process.env, TZ: 'Asia/Tokyo' };

const ENGINES = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        // Test pages run side by side (fixtures wait for animation frames).
        args: [...FOREGROUND_ARGS, '--lang=en-US'],
        env,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        env,
      },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: 4445,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

const engine = process.env.ENGINE ?? 'chromium';
if (!ENGINES[engine]) throw new Error(`ENGINE must be one of ${Object.keys(ENGINES).join(', ')}`);

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
    offline,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  middleware: [fixtures, endpoints, pledges, hostile, pages],
  browsers: [ENGINES[engine]()],
  // One WebDriver session at a time is all MiniBrowser takes.
  ...(engine === 'webkit' && { concurrency: 1 }),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
