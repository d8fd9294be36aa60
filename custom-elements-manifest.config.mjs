// custom-elements.json is generated from the elements' JSDoc: `npm run manifest`.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the freshness check writes elsewhere.
  packagejson: false,
};
