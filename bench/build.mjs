// Builds what the benchmark measures, the same way for us and for the peer:
// rollup + node-resolve + terser (same options as our CDN build).
//  - bench/.work/fullcalendar.js: FullCalendar's web component + time grid + list;
//  - bench/.work/imrf-*-no-lit.js: our per-element bundles with Lit left out
//    (for the "<imrf-schedule> alone, excluding Lit" budget);
//  - bench/.work/lit.js: Lit alone (what "excluding Lit" subtracts);
//  - bench/.work/imrf-all.js: every element with Lit, from src/define.ts, for
//    the warm-page renders (whatever shape the CDN files take).
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';

const OUT = 'bench/.work';
const minify = () => terser({ ecma: 2022, module: true, format: { comments: false } });

async function build(input, file, { external = [], ts = false } = {}) {
  const bundle = await rollup({
    input,
    external,
    onwarn: (warning, warn) => warning.code !== 'CIRCULAR_DEPENDENCY' && warn(warning),
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      json({ preferConst: true, compact: true }),
      ...(ts ? [typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: OUT })] : []),
      minify(),
    ],
  });
  await bundle.write({
    dir: OUT,
    format: 'es',
    entryFileNames: file,
    chunkFileNames: 'chunks/[name]-[hash].js',
  });
  await bundle.close();
}

export const ELEMENTS = ['schedule', 'roundtable', 'objectives', 'pledge-form', 'about', 'forum'];

/** What the warm-page renders load: every element, and FullCalendar (built once). */
export async function buildWarm({ fullCalendar = true } = {}) {
  await build('src/define.ts', 'imrf-all.js', { ts: true });
  if (fullCalendar) await build('bench/fullcalendar-entry.js', 'fullcalendar.js');
}

export async function buildBench() {
  await buildWarm();
  await build('bench/lit-entry.js', 'lit.js');
  for (const name of ELEMENTS) {
    await build(`src/${name}/define.ts`, `imrf-${name}-no-lit.js`, {
      external: [/^lit(\/|$)/, /^@lit\//],
      ts: true,
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildBench();
