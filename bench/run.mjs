// `npm run bench`: size and speed of the IMRF widgets beside FullCalendar
// 6.1.21, measured the same way in one run, in headless Chromium.
// Writes bench/results.json and bench/results.md. Options:
//   --runs N       render runs per case (default 15, interleaved)
//   --quick        3 runs, no Lighthouse (for trying things out)
//   --no-build     reuse dist/ and bench/.work/
//   --warm-runs N  runs of the warm-page renders (default 40, interleaved)
//   --warm-only    only the warm-page renders (or BENCH_WARM_ONLY=1): builds
//                  bench/.work/imrf-all.js (and FullCalendar once), prints the
//                  figures and writes bench/.work/warm.json, not the results
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { ELEMENTS, buildBench, buildWarm } from './build.mjs';
import { pageWeights } from './page-weights.mjs';
import { writeFormatted, writeReport } from './report.mjs';
import { measureWarm, stats, warmLines } from './warm.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : NaN);
const quick = args.includes('--quick');
const runs = quick ? 3 : option('--runs') || 15;
const warmRuns = option('--warm-runs') || (quick ? 10 : 40);
const warmOnly = args.includes('--warm-only') || process.env.BENCH_WARM_ONLY === '1';
const root = process.cwd();

const launch = async () =>
  puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
    // The browser's clock is the forum's (New York): FullCalendar, without a
    // time-zone plugin, shows the same wall-clock times as ours in 'local'.
    env: { ...process.env, TZ: 'America/New_York' },
  });
const progress = (label, total) => (run) => process.stdout.write(`${label} ${run}/${total}\r`);

// ---------------------------------------------------------------- warm only
if (warmOnly) {
  if (!args.includes('--no-build'))
    await buildWarm({ fullCalendar: !existsSync('bench/.work/fullcalendar.js') });
  const server = await serveStatic(root, { gzip: true });
  const browser = await launch();
  const warm = await measureWarm(browser, server.origin, warmRuns, {
    onRun: progress('warm run', warmRuns),
  });
  await browser.close();
  await server.close();
  console.log(`\n${warmRuns} interleaved runs, medians [p25–p75]:`);
  for (const line of warmLines(warm)) console.log(line);
  mkdirSync('bench/.work', { recursive: true });
  writeFileSync('bench/.work/warm.json', JSON.stringify(warm, null, 2) + '\n');
  process.exit(0);
}

// ---------------------------------------------------------------- build
if (!args.includes('--no-build')) {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  await buildBench();
}

// ---------------------------------------------------------------- sizes
const sizeOf = (text) => ({
  min: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
  brotli: brotliCompressSync(text, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length,
});
const fileSize = (path) => sizeOf(readFileSync(path));

const defaultData = JSON.stringify(JSON.parse(readFileSync('data/imrf-2022.json', 'utf8')));
/** A page's files, each compressed on its own (as served), added up. */
const filesSize = (files) =>
  files
    .map((file) => fileSize(`dist/cdn/${file}`))
    .reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
const sizes = {
  'imrf-widgets.js (the loader)': fileSize('dist/cdn/imrf-widgets.js'),
  ...Object.fromEntries(
    Object.entries(pageWeights()).map(([name, { files }]) => [name, filesSize(files)]),
  ),
  ...Object.fromEntries(
    ELEMENTS.map((name) => [
      `imrf-${name} without Lit`,
      fileSize(`bench/.work/imrf-${name}-no-lit.js`),
    ]),
  ),
  'Lit (core, decorators, directives, context)': fileSize('bench/.work/lit.js'),
  'default data (data/imrf-2022.json, compact, every language)': sizeOf(defaultData),
  'FullCalendar 6.1.21 web component + time grid + list': fileSize('bench/.work/fullcalendar.js'),
};

// ---------------------------------------------------------------- server
// Compressed like any CDN or web server would (Lighthouse measures the transfer).
const server = await serveStatic(root, { gzip: true });
const { origin } = server;

// ---------------------------------------------------------------- browser
const browser = await launch();
const version = await browser.version();

async function openPage(query) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('pageerror', (error) => console.error(`page error (${query}):`, error.message));
  await page.goto(`${origin}/bench/page.html?${query}`, { waitUntil: 'load' });
  await page.evaluate(() => window.bench.prepare());
  return page;
}

async function heap(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** One fresh page, one render: time, long tasks, heap growth. */
async function renderOnce(query) {
  const page = await openPage(query);
  const before = await heap(page);
  const result = await page.evaluate(() => window.bench.render());
  const after = await heap(page);
  await page.close();
  return { ...result, heap: after - before };
}

const CASES = [
  { data: 'imrf', label: 'IMRF 2022 (11 sessions)' },
  { data: '200', label: '200 sessions' },
  { data: '2000', label: '2,000 sessions' },
  { data: '10000', label: '10,000 sessions' },
];
const LIBS = (data) => [
  { id: 'imrf', query: `lib=imrf&data=${data}`, label: '<imrf-schedule>' },
  { id: 'fc-list', query: `lib=fullcalendar&data=${data}&view=list`, label: 'FullCalendar list' },
  ...(data === 'imrf'
    ? [
        {
          id: 'fc-timegrid',
          query: `lib=fullcalendar&data=${data}&view=timegrid`,
          label: 'FullCalendar time grid (the week)',
        },
      ]
    : []),
];

const renders = {};
for (let run = 1; run <= runs; run++) {
  process.stdout.write(`render run ${run}/${runs}\r`);
  for (const { data } of CASES) {
    for (const lib of LIBS(data)) {
      const key = `${data}|${lib.id}`;
      (renders[key] ??= []).push(await renderOnce(lib.query));
    }
  }
}
console.log();

// ---------------------------------------------------------------- warm page
const warm = await measureWarm(browser, origin, warmRuns, {
  onRun: progress('warm run', warmRuns),
});
console.log();

// ---------------------------------------------------------------- updates
const UPDATES = [
  { label: 'day filter', attribute: 'day', value: (c) => c.day },
  { label: 'room filter', attribute: 'room', value: (c) => c.room },
  { label: 'objective filter', attribute: 'objective', value: (c) => c.objective },
  { label: 'search', attribute: 'search', value: (c) => c.search },
  { label: 'time zone (Asia/Tokyo)', attribute: 'time-zone', value: () => 'Asia/Tokyo' },
];
const updates = {};
for (const data of ['2000', '10000']) {
  const page = await openPage(`lib=imrf&data=${data}`);
  await page.evaluate(() => window.bench.render());
  const choices = await page.evaluate(() => window.bench.choices());
  for (let run = 1; run <= runs; run++) {
    for (const update of UPDATES) {
      const key = `${data}|${update.label}`;
      const on = await page.evaluate(
        (a, v) => window.bench.update(a, v),
        update.attribute,
        update.value(choices),
      );
      const off = await page.evaluate((a) => window.bench.update(a, null), update.attribute);
      (updates[key] ??= []).push(on, off);
    }
  }
  await page.close();
}

// ---------------------------------------------------------------- Lighthouse
// The demo page, as a desktop and as a phone, with Lighthouse's two presets
// (desktop: a desktop screen, dense 4G, no CPU slowdown; mobile, its default:
// a small screen, a slow 4G network and a 4× slower CPU, simulated). A score
// moves by a few points from run to run on the same page (its simulation
// scales the CPU work it observed, which a shared machine varies), so each
// preset runs LIGHTHOUSE_RUNS times and reports the run Lighthouse's own
// computeMedianRun picks (the median by FCP and TTI: "the median of 5 runs is
// twice as stable as 1 run", its docs/variability.md), with every run's score.
const LIGHTHOUSE_RUNS = 5;
let lighthouse;
let lighthouseMobile;
if (!quick) {
  const { default: run } = await import('lighthouse');
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const score = (lhr, category) => Math.round(lhr.categories[category].score * 100);
  const audit = async (flags) => {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const result = await run(`${origin}/demo/`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        throttlingMethod: 'simulate',
        ...flags,
      });
      runs.push(result.lhr);
    }
    const lhr = computeMedianRun(runs);
    return {
      url: '/demo/',
      version: lhr.lighthouseVersion,
      runs: runs.length,
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      scores: runs.map((r) => score(r, 'performance')),
      metrics: Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, lhr.audits[id].displayValue]),
      ),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  };
  // Lighthouse's own desktop preset (its desktop-config: a desktop screen, dense
  // 4G, no CPU slowdown), as `lighthouse --preset=desktop` runs it. (Until
  // 11-30 this row passed only a desktop screen, so it ran on the mobile
  // throttling: slow 4G and a 4× slower CPU.)
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
  lighthouse = await audit(desktop.settings);
  lighthouseMobile = await audit({ formFactor: 'mobile' });
}

await browser.close();
await server.close();

// ---------------------------------------------------------------- results

const results = {
  date: new Date().toISOString(),
  browser: version,
  runs,
  warmRuns,
  sizes,
  warm,
  render: Object.fromEntries(
    Object.entries(renders).map(([key, list]) => [
      key,
      {
        ms: stats(list.map((r) => r.ms)),
        longestTask: Math.max(0, ...list.flatMap((r) => r.longTasks)),
        heapBytes: stats(list.map((r) => r.heap)).median,
        nodes: list[0].nodes,
      },
    ]),
  ),
  updates: Object.fromEntries(Object.entries(updates).map(([key, list]) => [key, stats(list)])),
  lighthouse,
  lighthouseMobile,
  cases: CASES,
};

await writeFormatted('bench/results.json', JSON.stringify(results, null, 2));
await writeReport(results);
console.log('wrote bench/results.json and bench/results.md');
