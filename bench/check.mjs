// `npm run bench:check`: every budget against bench/results.json (from `npm run bench`).
// Prints each check and exits with 1 when any is missed.
import { readFileSync } from 'node:fs';
import { KB, SIZE_BUDGETS, SPEED_BUDGETS } from './budgets.mjs';

/** The checks, as [description, measured, budget, passed]. */
export function checks(results) {
  const size = (label) => results.sizes[label].gzip;
  const render = (key) => results.render[key];
  const fullCalendar = Math.min(
    render('imrf|fc-list').ms.median,
    render('imrf|fc-timegrid')?.ms.median ?? Infinity,
  );
  const ours = render('imrf|imrf').ms.median;
  const list = [
    ...Object.entries(SIZE_BUDGETS.pages).map(([name, budget]) => [
      `${name}, min+gzip`,
      `${(size(name) / KB).toFixed(1)} KB`,
      `≤ ${budget / KB} KB`,
      size(name) <= budget,
    ]),
    ...Object.keys(SIZE_BUDGETS.pages)
      .filter((name) => name.startsWith('<'))
      .map((name) => {
        const saved = size(name) - size(name.replace('default data', 'forum from src'));
        return [
          `${name.replace(', default data', '')} with the forum from src: less to download`,
          `${(saved / KB).toFixed(1)} KB less`,
          `≥ ${SIZE_BUDGETS.ownDataSaves / KB} KB less`,
          saved >= SIZE_BUDGETS.ownDataSaves,
        ];
      }),
    [
      'the loader (imrf-widgets.js), min+gzip',
      `${(size('imrf-widgets.js (the loader)') / KB).toFixed(2)} KB`,
      `≤ ${SIZE_BUDGETS.loader / KB} KB`,
      size('imrf-widgets.js (the loader)') <= SIZE_BUDGETS.loader,
    ],
    [
      '<imrf-schedule> alone without Lit, min+gzip',
      `${(size('imrf-schedule without Lit') / KB).toFixed(1)} KB`,
      `≤ ${SIZE_BUDGETS.scheduleWithoutLit / KB} KB`,
      size('imrf-schedule without Lit') <= SIZE_BUDGETS.scheduleWithoutLit,
    ],
    [
      'IMRF data render, ours vs FullCalendar (median)',
      `${ours.toFixed(1)} ms vs ${fullCalendar.toFixed(1)} ms (${((100 * ours) / fullCalendar).toFixed(0)}%)`,
      `≤ 1/3 of FullCalendar`,
      ours <= fullCalendar * SPEED_BUDGETS.imrfRenderShareOfFullCalendar,
    ],
    [
      'Longest task rendering 10,000 sessions',
      `${render('10000|imrf').longestTask.toFixed(0)} ms`,
      `≤ ${SPEED_BUDGETS.longestTask10k} ms`,
      render('10000|imrf').longestTask <= SPEED_BUDGETS.longestTask10k,
    ],
    ...['day filter', 'room filter', 'objective filter', 'search'].map((label) => {
      const median = results.updates[`10000|${label}`].median;
      return [
        `${label} on 10,000 sessions (median)`,
        `${median.toFixed(1)} ms`,
        `≤ ${SPEED_BUDGETS.filterUpdate10k} ms`,
        median <= SPEED_BUDGETS.filterUpdate10k,
      ];
    }),
  ];
  if (results.lighthouse) {
    list.push(
      [
        'Lighthouse performance (demo page)',
        String(results.lighthouse.performance),
        `= ${SPEED_BUDGETS.lighthousePerformance}`,
        results.lighthouse.performance >= SPEED_BUDGETS.lighthousePerformance,
      ],
      [
        'Lighthouse accessibility (demo page)',
        String(results.lighthouse.accessibility),
        `= ${SPEED_BUDGETS.lighthouseAccessibility}`,
        results.lighthouse.accessibility >= SPEED_BUDGETS.lighthouseAccessibility,
      ],
    );
  } else {
    list.push(['Lighthouse (demo page)', 'not run (--quick)', '= 100', false]);
  }
  return list;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  let failed = 0;
  for (const [what, measured, budget, passed] of checks(results)) {
    console.log(`${passed ? 'ok  ' : 'MISS'}  ${what}: ${measured} (budget ${budget})`);
    if (!passed) failed++;
  }
  console.log(failed ? `${failed} budget(s) missed.` : 'Every budget is met.');
  process.exit(failed ? 1 : 0);
}
