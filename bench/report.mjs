// Writes bench/results.md from the results: the tables of this run, then the
// history section, which is kept from the previous file (edit it by hand when
// a figure changes for a reason worth knowing).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { SPEED_BUDGETS } from './budgets.mjs';
import { checks } from './check.mjs';
import { WARM_CASES } from './warm.mjs';

const HISTORY = '## History';
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(1);

/** The warm-page table: medians, quartiles and the nodes each element built. */
function warmTable(warm) {
  if (!warm) return [];
  const fc = warm['fc-list'];
  const cell = (r, key, id) =>
    `${ms(r[key].median)} ms${id === 'fc-list' ? '' : ` (${(r[key].median / fc[key].median).toFixed(2)}× FC)`}`;
  return [
    '## Render in a warm page: the code loaded, the element created on the IMRF data',
    '',
    "Until rendered and laid out (`updateComplete`, then a forced layout), until the next paint (a frame, then a task), and until what the first render held back has rendered too (everything). Nodes at the first paint, in the element's shadow root (FullCalendar: its light DOM); whitespace = text nodes of whitespace only, comments = Lit's markers.",
    '',
    '| element | to laid out | p25–p75 | to next paint | p25–p75 | everything | nodes | elements | text (whitespace) | comments |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...WARM_CASES.filter(({ id }) => warm[id]).map(({ id, label }) => {
      const r = warm[id];
      const n = r.nodes;
      const everything =
        r.complete && !id.endsWith('-markup') ? `${ms(r.complete.median)} ms` : '–';
      return `| ${label} | ${cell(r, 'laidOut', id)} | ${ms(r.laidOut.p25)}–${ms(r.laidOut.p75)} | ${cell(r, 'painted', id)} | ${ms(r.painted.p25)}–${ms(r.painted.p75)} | ${everything} | ${n.total} | ${n.elements} | ${n.text} (${n.whitespace}) | ${n.comments} |`;
    }),
    '',
    ...floorNote(warm),
  ];
}

/**
 * What the markup rows say about the schedule's budget: the share of
 * FullCalendar list's time it allows, beside what the first render's markup
 * takes with no script at all.
 */
function floorNote(warm) {
  const floor = warm['schedule-markup'];
  if (!floor) return [];
  const fc = warm['fc-list'];
  const budget = (key, share) => ms(fc[key].median * share);
  return [
    `The markup rows are the floor under a render: what the first render of each built (the schedule's shadow tree with its stylesheets; FullCalendar's DOM under its document styles), cloned into a new element with no script of either library. The schedule's budgets allow ${budget('laidOut', SPEED_BUDGETS.imrfRenderShareOfFullCalendar)} ms to laid out and ${budget('painted', SPEED_BUDGETS.imrfPaintShareOfFullCalendar)} ms to the next paint; its first render's markup alone takes ${ms(floor.laidOut.median)} and ${ms(floor.painted.median)} ms (FullCalendar's: ${ms(warm['fc-list-markup'].laidOut.median)} and ${ms(warm['fc-list-markup'].painted.median)} ms).`,
    '',
  ];
}

export async function writeReport(results) {
  const fc = results.sizes['FullCalendar 6.1.21 web component + time grid + list'];
  const lines = [
    '# Benchmark results',
    '',
    `Made by \`npm run bench\` on ${results.date.slice(0, 10)} in ${results.browser}: warm-page renders ${results.warmRuns ?? '–'} interleaved runs per case in one page, fresh-page renders ${results.runs} interleaved runs per case. KB = 1,024 bytes. Budgets: bench/budgets.mjs; \`npm run bench:check\` checks them.`,
    '',
    '## Budgets',
    '',
    '| check | measured | budget | |',
    '| --- | --- | --- | --- |',
    ...checks(results).map(
      ([what, measured, budget, ok]) =>
        `| ${what} | ${measured} | ${budget} | ${ok ? 'met' : '**missed**'} |`,
    ),
    '',
    '## Size (minified)',
    '',
    '| file | min | gzip | brotli | gzip vs FullCalendar |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(results.sizes).map(
      ([label, s]) =>
        `| ${label} | ${kb(s.min)} KB | ${kb(s.gzip)} KB | ${kb(s.brotli)} KB | ${(s.gzip / fc.gzip).toFixed(2)}× |`,
    ),
    '',
    ...warmTable(results.warm),
    '## Render in a fresh page: loading the code, creating the element, until its content is rendered and laid out',
    '',
    '| data | library | median | p25–p75 | min–max | longest task | heap growth | DOM nodes |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { data, label } of results.cases) {
    const ours = results.render[`${data}|imrf`];
    for (const [id, name] of [
      ['imrf', '<imrf-schedule>'],
      ['fc-list', 'FullCalendar list'],
      ['fc-timegrid', 'FullCalendar time grid'],
    ]) {
      const r = results.render[`${data}|${id}`];
      if (!r) continue;
      const ratio = id === 'imrf' ? '' : ` (${(r.ms.median / ours.ms.median).toFixed(1)}× ours)`;
      lines.push(
        `| ${label} | ${name} | ${ms(r.ms.median)} ms${ratio} | ${ms(r.ms.p25)}–${ms(r.ms.p75)} | ${ms(r.ms.min)}–${ms(r.ms.max)} | ${ms(r.longestTask)} ms | ${kb(r.heapBytes)} KB | ${r.nodes} |`,
      );
    }
  }
  lines.push(
    '',
    '## Updates on <imrf-schedule> (attribute change until rendered and laid out; setting and clearing each count)',
    '',
    '| data | change | median | p25–p75 | max |',
    '| --- | --- | ---: | ---: | ---: |',
    ...Object.entries(results.updates).map(([key, s]) => {
      const [data, change] = key.split('|');
      return `| ${Number(data).toLocaleString('en')} sessions | ${change} | ${ms(s.median)} ms | ${ms(s.p25)}–${ms(s.p75)} | ${ms(s.max)} |`;
    }),
    '',
    '## Lighthouse (demo/index.html)',
    '',
    ...[
      ['desktop', results.lighthouse],
      ['mobile (simulated slow 4G, 4× CPU)', results.lighthouseMobile],
    ].map(([form, lh]) =>
      lh
        ? `- ${form}: Lighthouse ${lh.version}, the median of ${lh.runs ?? 1} runs: performance **${lh.performance}**${lh.scores ? ` (the runs: ${lh.scores.join(', ')})` : ''}, accessibility **${lh.accessibility}** (${Object.entries(
            lh.metrics,
          )
            .map(([id, value]) => `${id} ${value}`)
            .join(', ')})${lh.failing.length ? `; failing audits: ${lh.failing.join(', ')}` : ''}.`
        : `- ${form}: not run (\`--quick\`).`,
    ),
    '',
  );
  const previous = existsSync('bench/results.md') ? readFileSync('bench/results.md', 'utf8') : '';
  const history = previous.includes(HISTORY)
    ? previous.slice(previous.indexOf(HISTORY))
    : `${HISTORY}\n\nFigures that changed for a reason worth knowing, newest first.\n`;
  await writeFormatted('bench/results.md', lines.join('\n') + '\n' + history);
}

/** Writes a file formatted as the repository's others are (prettier --check runs in npm test). */
export async function writeFormatted(file, text) {
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  writeFileSync(file, await prettier.format(text, options));
}
