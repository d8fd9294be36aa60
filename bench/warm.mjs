/* global window */
// Renders in a warm page (issue 13): the code of our elements and of
// FullCalendar already loaded into one page, each element created on the
// IMRF data and timed to "rendered and laid out" (updateComplete and a forced
// layout) and to the next paint (a frame, then a task). The cases take turns
// in every run, so a busy moment of a shared machine hits them all alike.

/** The cases, in the order they take turns. */
export const WARM_CASES = [
  { id: 'schedule', label: '<imrf-schedule>' },
  { id: 'fc-list', label: 'FullCalendar list' },
  { id: 'roundtable', label: '<imrf-roundtable> (every round table)' },
  { id: 'objectives', label: '<imrf-objectives>' },
  // The markup alone (bench/page.js MARKUP): the floor under each library's render.
  { id: 'schedule-markup', label: "<imrf-schedule>'s first-render markup, no script" },
  { id: 'fc-list-markup', label: "FullCalendar list's markup, no script" },
];

export const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    median: at(0.5),
    p25: at(0.25),
    p75: at(0.75),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    n: sorted.length,
  };
};

/**
 * `runs` interleaved runs of every case in one page at `origin`; resolves
 * with, per case, the statistics of both times and the nodes it built.
 */
export async function measureWarm(browser, origin, runs, { onRun } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('pageerror', (error) => console.error('page error (warm):', error.message));
  await page.goto(`${origin}/bench/page.html?lib=warm&data=imrf`, { waitUntil: 'load' });
  await page.evaluate(() => window.bench.warmPrepare());
  const samples = Object.fromEntries(WARM_CASES.map(({ id }) => [id, []]));
  for (let run = 1; run <= runs; run++) {
    onRun?.(run);
    // Each run starts every case at the same moment of a frame, a different one per run.
    const phase = Math.round((((run - 1) * 7) % 16) + 0.5);
    for (const { id } of WARM_CASES)
      samples[id].push(
        await page.evaluate((kind, phase) => window.bench.warm(kind, { phase }), id, phase),
      );
  }
  await page.close();
  return Object.fromEntries(
    Object.entries(samples).map(([id, list]) => [
      id,
      {
        laidOut: stats(list.map((r) => r.laidOut)),
        scripted: stats(list.map((r) => r.scripted)),
        painted: stats(list.map((r) => r.painted)),
        complete: stats(list.map((r) => r.complete)),
        nodes: list[0].nodes,
      },
    ]),
  );
}

/** The warm results as text lines, for the console. */
export function warmLines(warm) {
  const fc = warm['fc-list'];
  return WARM_CASES.map(({ id, label }) => {
    const r = warm[id];
    const share = (key) =>
      id === 'fc-list' ? '' : ` (${(r[key].median / fc[key].median).toFixed(2)}× FC)`;
    const n = r.nodes;
    return `${label.padEnd(40)} script ${r.scripted.median.toFixed(1)}, laid out ${r.laidOut.median.toFixed(1)} ms${share('laidOut')} [${r.laidOut.p25.toFixed(1)}–${r.laidOut.p75.toFixed(1)}], next paint ${r.painted.median.toFixed(1)} ms${share('painted')}, all rendered ${r.complete.median.toFixed(1)} ms; nodes ${n.total} (${n.elements} elements, ${n.text} text of which ${n.whitespace} whitespace, ${n.comments} comments)`;
  });
}
