// `npm run build:demo`: bundles the React and Vue demo apps (demo/react/app.tsx,
// demo/vue/app.ts) into demo/build/ with esbuild, the way a partner's bundler
// would: `@imrf/widgets` resolves to this package's dist/ (run `npm run build`
// first). Development builds, so React and Vue report every misuse they see.
import { build } from 'esbuild';

await build({
  entryPoints: { react: 'demo/react/app.tsx', vue: 'demo/vue/app.ts' },
  outdir: 'demo/build',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  // The Vue build with the template compiler, so the demo needs no build plugin.
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    'process.env.NODE_ENV': '"development"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'warning',
});
console.log('demos: demo/build/react.js, demo/build/vue.js');
