// `npm run bench:check`: every budget against bench/results.json (from `npm run bench`).
// Prints each check and exits with 1 when any is missed.
import { readFileSync } from 'node:fs';
import { KB, SIZE_BUDGETS, SPEED_BUDGETS } from './budgets.mjs';

/** The checks, as [description, measured, budget, passed]. */
export function checks(results) {
  const size = (label) => results.sizes[label].gzip;
  const render = (key) => results.render[key];
  const ratio = (ours, theirs) =>
    `${ours.toFixed(1)} ms vs ${theirs.toFixed(1)} ms (${(ours / theirs).toFixed(2)}×)`;
  const warm = (id, key) => results.warm?.[id]?.[key].median;
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
    ...(results.warm
      ? [
          [
            'IMRF data, warm page: schedule vs FullCalendar list, to laid out (median)',
            ratio(warm('schedule', 'laidOut'), warm('fc-list', 'laidOut')),
            `≤ ${SPEED_BUDGETS.imrfRenderShareOfFullCalendar.toFixed(2)}×`,
            warm('schedule', 'laidOut') <=
              warm('fc-list', 'laidOut') * SPEED_BUDGETS.imrfRenderShareOfFullCalendar,
          ],
          [
            'IMRF data, warm page: schedule vs FullCalendar list, to next paint (median)',
            ratio(warm('schedule', 'painted'), warm('fc-list', 'painted')),
            `≤ ${SPEED_BUDGETS.imrfPaintShareOfFullCalendar.toFixed(2)}×`,
            warm('schedule', 'painted') <=
              warm('fc-list', 'painted') * SPEED_BUDGETS.imrfPaintShareOfFullCalendar,
          ],
          ...[
            ['roundtable', '<imrf-roundtable> (every round table)'],
            ['objectives', '<imrf-objectives>'],
          ].map(([id, name]) => [
            `IMRF data, warm page: ${name}, to laid out (median)`,
            `${warm(id, 'laidOut').toFixed(1)} ms`,
            `≤ ${SPEED_BUDGETS.warmRenderOtherElements} ms`,
            warm(id, 'laidOut') <= SPEED_BUDGETS.warmRenderOtherElements,
          ]),
        ]
      : [['IMRF data, warm page renders', 'not measured', 'see bench/budgets.mjs', false]]),
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
  for (const [key, form] of [
    ['lighthouse', 'desktop'],
    ['lighthouseMobile', 'mobile'],
  ]) {
    const lh = results[key];
    if (!lh) {
      list.push([`Lighthouse, ${form} (demo page)`, 'not run (--quick)', '= 100', false]);
      continue;
    }
    list.push(
      [
        `Lighthouse performance, ${form} (demo page)`,
        String(lh.performance),
        `= ${SPEED_BUDGETS.lighthousePerformance}`,
        lh.performance >= SPEED_BUDGETS.lighthousePerformance,
      ],
      [
        `Lighthouse accessibility, ${form} (demo page)`,
        String(lh.accessibility),
        `= ${SPEED_BUDGETS.lighthouseAccessibility}`,
        lh.accessibility >= SPEED_BUDGETS.lighthouseAccessibility,
      ],
    );
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
