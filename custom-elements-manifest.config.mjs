// custom-elements.json is generated from the elements' JSDoc: `npm run manifest`.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  // package.json's `customElements` is written by hand: the analyzer would point it at
  // whatever --outdir it ran with (the freshness check's scratch folder).
  packagejson: false,
};
