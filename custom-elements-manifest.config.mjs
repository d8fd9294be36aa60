// custom-elements.json is generated from the elements' JSDoc: `npm run manifest`.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  // package.json's `customElements` is written by hand: otherwise the freshness check's
  // temporary --outdir would be recorded there.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order its file search happens to
      // finish, which varies between runs; sorting keeps the file stable.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
