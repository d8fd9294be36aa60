// `npm run screenshot`: docs/demo.png, the README's picture of the plain partner
// page (demo/index.html with dist/cdn/, so run `npm run build` first), taken in
// headless Chromium on 18 May 2022 at 11:10 in New York, during round tables 3
// and 4, so the picture shows the programme as visitors saw it during the forum.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const OUT = join('docs', 'demo.png');
const server = await serveStatic(process.cwd());

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS, '--lang=en-US', '--hide-scrollbars'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 820 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.emulateTimezone('America/New_York');
  await page.evaluateOnNewDocument((now) => {
    const offset = now - Date.now();
    const RealDate = Date;
    globalThis.Date = class extends RealDate {
      constructor(...args) {
        super(...(args.length ? args : [RealDate.now() + offset]));
      }
      static now() {
        return RealDate.now() + offset;
      }
    };
  }, Date.parse('2022-05-18T11:10:00-04:00'));
  await page.goto(`${server.origin}/demo/`, { waitUntil: 'networkidle0' });
  // Every element rendered (no loading state left), fonts ready.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('imrf-schedule, imrf-roundtable, imrf-objectives')].every(
        (el) => el.shadowRoot?.textContent.trim() && !el.shadowRoot.querySelector('[aria-busy]'),
      ),
    { polling: 100 },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    // The day of round tables 3 and 4, side by side and live.
    const schedule = document.querySelector('imrf-schedule');
    const day = [...schedule.shadowRoot.querySelectorAll('[part~="day"]')].find((el) =>
      el.textContent.includes('May 18'),
    );
    day.scrollIntoView();
    scrollBy(0, -24);
  });
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`${OUT} written.`);
} finally {
  await browser.close();
  await server.close();
}
