// The size budgets (bench/budgets.mjs), checked on every `npm test` against
// the built CDN files (npm test builds first), page by page as
// bench/page-weights.mjs adds them up:
//  - the loader's budget, and the growth check below, fail the test;
//  - the page budgets of issue 13 that are still out of reach are reported
//    as TODO with the measured size (bench/results.md says by how much), not
//    hidden and not loosened;
//  - whatever the budget, a page may not grow more than 2% past the size
//    recorded in bench/results.json by the last `npm run bench`, so growth is
//    a decision someone records, never an accident.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { KB, SIZE_BUDGETS } from '../../bench/budgets.mjs';
import { gzipSize, pageWeights } from '../../bench/page-weights.mjs';

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const weights = pageWeights();
const recorded = JSON.parse(readFileSync('bench/results.json', 'utf8')).sizes;

test(`the loader, imrf-widgets.js, is at most ${kb(SIZE_BUDGETS.loader)}`, () => {
  const size = gzipSize('imrf-widgets.js');
  assert.ok(size <= SIZE_BUDGETS.loader, `${kb(size)} min+gzip`);
});

/** <imrf-schedule>'s bundle without Lit, built as bench/build.mjs builds it. */
async function scheduleWithoutLit() {
  const bundle = await rollup({
    input: 'src/schedule/define.ts',
    external: [/^lit(\/|$)/, /^@lit\//],
    onwarn: () => {},
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      json({ preferConst: true, compact: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: '.cache/size' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
  // Lazily loaded chunks (strings of other languages, the default data) stay apart.
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return gzipSync(output.find((chunk) => chunk.isEntry).code, { level: 9 }).length;
}
weights['imrf-schedule without Lit'] = { gzip: await scheduleWithoutLit(), files: [] };

for (const [name, budget] of Object.entries({
  ...SIZE_BUDGETS.pages,
  'imrf-schedule without Lit': SIZE_BUDGETS.scheduleWithoutLit,
})) {
  const size = weights[name].gzip;
  const over = size > budget;
  test(
    `${name}: ${kb(size)} min+gzip, budget ${kb(budget)}`,
    { todo: over && `over the budget by ${kb(size - budget)}` },
    () => assert.ok(size <= budget),
  );
}

for (const name of Object.keys(weights).filter(
  (n) => n.endsWith('default data') && n.startsWith('<'),
)) {
  const own = name.replace('default data', 'forum from src');
  const saved = weights[name].gzip - weights[own].gzip;
  test(
    `${own}: ${kb(saved)} less than with the default data, budget ${kb(SIZE_BUDGETS.ownDataSaves)}`,
    {
      todo:
        saved < SIZE_BUDGETS.ownDataSaves && `short by ${kb(SIZE_BUDGETS.ownDataSaves - saved)}`,
    },
    () => assert.ok(saved >= SIZE_BUDGETS.ownDataSaves),
  );
  test(`${own}: no default data among its files`, () =>
    assert.deepEqual(
      weights[own].files.filter((f) => f.startsWith('data/')),
      [],
    ));
}

for (const [name, { gzip }] of Object.entries(weights)) {
  test(`${name} has not grown past the last recorded benchmark`, () => {
    const last = recorded[name]?.gzip;
    assert.ok(last, `${name} is not in bench/results.json: run \`npm run bench\``);
    assert.ok(
      gzip <= last * 1.02,
      `${gzip} B now, ${last} B in bench/results.json: run \`npm run bench\` and record why it grew`,
    );
  });
}
