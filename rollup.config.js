// Two builds from the same sources:
//  - dist/: unbundled ES modules with .d.ts for npm users (lit stays a dependency);
//  - dist/cdn/: self-contained, minified bundles (lit and the default data inside)
//    for a plain <script type="module" src>: every element, and one per element.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const ELEMENTS = ['forum', 'schedule', 'roundtable', 'objectives', 'pledge-form', 'about'];

const npm = {
  input: [
    'src/index.ts',
    'src/define.ts',
    ...ELEMENTS.flatMap((name) => [`src/${name}/${name}.ts`, `src/${name}/define.ts`]),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: (chunk) =>
      chunk.facadeModuleId?.endsWith('.json') ? 'data/[name].js' : '[name].js',
  },
  external: [/^lit(\/|$)/, /^@lit\//, /^tslib$/],
  plugins: [
    json({ preferConst: true }),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, rootDir: 'src' }),
  ],
};

const cdn = (input, file) => ({
  input,
  // The five non-English catalogs and country-name tables are chunks beside the
  // bundle, fetched only when a page shows that language; identical in every
  // build, so shared. The schedule.json converter is a chunk too, fetched only
  // for such a file.
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: file,
    // (the country names of a language are a chunk of their own, beside its strings)
    chunkFileNames: (chunk) =>
      chunk.name === 'schedule-json'
        ? 'formats/[name]-[hash].js'
        : chunk.facadeModuleId?.includes('/i18n/countries/')
          ? 'locales/countries-[name]-[hash].js'
          : 'locales/[name]-[hash].js',
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/cdn' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
});

export default [
  npm,
  cdn('src/define.ts', 'imrf-widgets.js'),
  ...ELEMENTS.map((name) => cdn(`src/${name}/define.ts`, `imrf-${name}.js`)),
];
