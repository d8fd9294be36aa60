// Two builds from the same sources:
//  - dist/: unbundled ES modules with .d.ts for npm users (lit stays a dependency);
//  - dist/cdn/: minified ES modules for a plain <script type="module" src>, in
//    one build so the files share their chunks:
//      imrf-widgets.js   the loader: defines each element the page uses, when it
//                        uses it, importing that element's file (src/loader.ts);
//      define.js         every element at once (for pages that want all up front);
//      imrf-<name>.js    one element (also what the loader imports);
//      chunks/           shared code: one chunk that every element needs (Lit,
//                        the base, styles, i18n core), then code some elements
//                        share (round tables, calendar files), and the data
//                        reader (fetch, parse, validate), loaded only for data
//                        of the page's own;
//      locales/          strings of the five other languages, one file per
//                        language and section, and the country names of each
//                        of the six, loaded when shown;
//      data/             the default data (IMRF 2022), loaded only by an element
//                        with no other source, its texts per language;
//      formats/          the schedule.json converter, loaded only for such a file.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const ELEMENTS = ['forum', 'schedule', 'roundtable', 'objectives', 'pledge-form', 'about'];

const npm = {
  input: [
    'src/index.ts',
    'src/define.ts',
    'src/loader.ts',
    ...ELEMENTS.flatMap((name) => [`src/${name}/${name}.ts`, `src/${name}/define.ts`]),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
  },
  external: [/^lit(\/|$)/, /^@lit\//, /^tslib$/],
  plugins: [
    json({ preferConst: true }),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, rootDir: 'src' }),
  ],
};

/**
 * The code every element needs, as one chunk: Lit's core, the base element,
 * data loading and validation, styles and i18n. What only some elements use
 * (Lit's directives, the context provider, the clock) goes where it is used.
 */
const SHARED = [
  // (Lit's entry modules only: a module placed here brings its imports along.)
  /node_modules\/lit\/(index|decorators)\.js$/,
  /node_modules\/(lit-element|@lit\/reactive-element|tslib)\//,
  /node_modules\/lit-html\/(lit-html|is-server)\.js$/,
  /node_modules\/@lit\/context\/lib\/(context-root|context-request-event|create-context|controllers\/context-consumer)\.js$/,
  /\/src\/base\/(imrf-element|define-element|first-render|heading)\.ts$/,
  /\/src\/styles\//,
  /\/src\/version\.ts$/,
  /\/src\/data\/(context|date-time|errors|forum-controller|state|default-forum|link-template|named-countries|safe-url|types)\.ts$/,
  /\/src\/i18n\/(catalog|countries|describe-error|format|languages|lazy-modules|locale-controller|plural|strings|text|zone)\.ts$/,
  /\/src\/i18n\/catalogs\/en\/common\.ts$/,
];

/**
 * The data reader: fetching, parsing and the validator, one chunk loaded by
 * the first element with data of its own (`src`, `data`, or an `<imrf-forum>`
 * with them). The built-in data comes validated, so pages that show only it
 * never load this.
 */
const READER = [
  /\/src\/data\/(load|validate|warnings)\.ts$/,
  /\/src\/data\/formats\/detect\.ts$/,
  /\/src\/i18n\/countries\/codes\.ts$/,
];

/** The file a lazily loaded module goes to: `dir/name`, from its path. */
function lazyName(id) {
  let m = id.match(/\/i18n\/catalogs\/(\w+)\/(\w+)\.ts$/);
  if (m) return `locales/${m[1]}-${m[2]}`;
  m = id.match(/\/i18n\/countries\/(\w+)\.ts$/);
  if (m) return `locales/countries-${m[1]}`;
  m = id.match(/\/data\/default\/(\w+)\.json$/);
  if (m) return `data/imrf-2022-${m[1]}`;
  if (id.includes('/data/formats/')) return 'formats/schedule-json';
  return undefined;
}

/**
 * Writes dist/cdn/chunks.json: for each file, the files it imports (loaded
 * with it) and those it may import later (dynamic), so the size check
 * (test/node/size.test.mjs) adds up exactly what a page downloads.
 */
const chunkGraph = {
  name: 'chunk-graph',
  generateBundle(_options, bundle) {
    const graph = {};
    for (const [file, chunk] of Object.entries(bundle))
      if (chunk.type === 'chunk')
        graph[file] = { imports: chunk.imports, dynamicImports: chunk.dynamicImports };
    this.emitFile({
      type: 'asset',
      fileName: 'chunks.json',
      source: JSON.stringify(graph, null, 2) + '\n',
    });
  },
};

/**
 * Minifies the CSS of our `css` template literals (terser leaves template text
 * alone): comments out, runs of white space one space, none around braces,
 * semicolons and commas, nor after a colon (outside quoted strings: a
 * selector's colon has none after it). Only white space and comments change,
 * so the rules are the same.
 */
const cssLiterals = {
  name: 'css-literals',
  // After TypeScript, which compiles each file from its own program.
  transform: {
    order: 'post',
    handler(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      return code.replace(/\bcss\s*`([^`]*)`/g, (_whole, text) => {
        const minified = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .split(/('[^']*'|"[^"]*")/)
          .map((part, i) =>
            i % 2
              ? part
              : part
                  .replace(/\s+/g, ' ')
                  .replace(/\s*([{};,])\s*/g, '$1')
                  .replace(/:\s+/g, ':'),
          )
          .join('')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  },
};

/**
 * Marks the CDN files whose functions a page calls as it loads (the loader,
 * the elements, their chunks) with V8's explicit compile hint, so Chromium
 * (136+) compiles them on the background thread that streams the file,
 * instead of each function on the main thread at its first call, in the
 * middle of the first render. Other engines ignore the comment. Files of pure
 * data (strings, country names, the built-in data) have no functions to
 * compile and are left alone. Added after minifying, which drops comments.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const compileHints = {
  name: 'compile-hints',
  renderChunk(code, chunk) {
    if (/^(data|locales)\//.test(chunk.fileName)) return null;
    return { code: COMPILE_HINT + code, map: null };
  },
};

const cdn = {
  input: {
    'imrf-widgets': 'src/loader.ts',
    define: 'src/define.ts',
    ...Object.fromEntries(ELEMENTS.map((name) => [`imrf-${name}`, `src/${name}/define.ts`])),
  },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => {
      const lazy = chunk.facadeModuleId && lazyName(chunk.facadeModuleId);
      return lazy ? `${lazy}-[hash].js` : 'chunks/[name]-[hash].js';
    },
    manualChunks: (id) =>
      SHARED.some((pattern) => pattern.test(id))
        ? 'shared'
        : READER.some((pattern) => pattern.test(id))
          ? 'reader'
          : undefined,
  },
  plugins: [
    cssLiterals,
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/cdn' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    compileHints,
    chunkGraph,
  ],
};

export default [npm, cdn];
