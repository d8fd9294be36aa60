// The budgets the benchmark holds us to (issue 7). KB = 1,024 bytes, min+gzip (level 9).
// bench/check.mjs checks them all against bench/results.json; the size budgets
// are also checked by `npm test` (test/node/size.test.mjs).
export const KB = 1024;

export const SIZE_BUDGETS = {
  /**
   * What a page downloads with one script tag (issue 13): the loader, the
   * element's file, the chunks they import, and the default data in English
   * (bench/page-weights.mjs adds them up, each file gzipped on its own).
   */
  pages: {
    '<imrf-schedule> page, default data': 24 * KB,
    '<imrf-roundtable> page, default data': 20 * KB,
    '<imrf-objectives> page, default data': 20 * KB,
    '<imrf-pledge-form> page, default data': 24 * KB,
    'every element (define.js), default data': 30 * KB,
  },
  /** The same page with the forum from `src` downloads at least this much less. */
  ownDataSaves: 4 * KB,
  /** The loader, imrf-widgets.js: "a few hundred bytes". */
  loader: 1 * KB,
  /** <imrf-schedule> alone, without Lit, as one bundle (issue 7). */
  scheduleWithoutLit: 12 * KB,
};

export const SPEED_BUDGETS = {
  /**
   * Warm page (code loaded), IMRF data: <imrf-schedule> rendered and laid out
   * in at most this share of FullCalendar list's time (medians, issue 13)…
   */
  imrfRenderShareOfFullCalendar: 1 / 3,
  /** …and at its next paint in at most this share. */
  imrfPaintShareOfFullCalendar: 1 / 2,
  /** Warm page, IMRF data: <imrf-roundtable> (every round table) and <imrf-objectives> rendered and laid out (ms, median). */
  warmRenderOtherElements: 5,
  /** No long task over this while rendering 10,000 sessions (ms). */
  longestTask10k: 200,
  /** Median of each filter change on 10,000 sessions (ms). */
  filterUpdate10k: 50,
  /** Lighthouse scores of the plain demo page. */
  lighthousePerformance: 100,
  lighthouseAccessibility: 100,
};
