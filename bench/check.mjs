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
    [
      'CDN bundle (every element, Lit, data), min+gzip',
      `${(size('imrf-widgets.js (every element, Lit, default data)') / KB).toFixed(1)} KB`,
      `≤ ${SIZE_BUDGETS.cdnBundle / KB} KB`,
      size('imrf-widgets.js (every element, Lit, default data)') <= SIZE_BUDGETS.cdnBundle,
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
