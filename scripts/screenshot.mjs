// `npm run screenshot`: docs/demo.png, the README's picture of the plain partner
// page (demo/index.html with dist/cdn/, so run `npm run build` first), taken in
// headless Chromium on 18 May 2022 at 11:10 in New York, during round tables 3
// and 4, so the picture shows the programme as visitors saw it during the forum.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const OUT = join('docs', 'demo.png');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = join(process.cwd(), path.endsWith('/') ? `${path}index.html` : path);
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

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
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/`, { waitUntil: 'networkidle0' });
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
  server.close();
}
