// Lint: TypeScript, Lit templates, custom-element rules and template accessibility.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      '.cache/',
      'coverage/',
      'bench/.work/',
      'data/*.d.json.ts',
      'data/samples/*.d.json.ts',
      'demo/build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Chai's `expect(x).to.exist` is an expression by design; test data may be loosely typed.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Node: build, test and benchmark scripts and tool configs.
    files: [
      '*.js',
      '*.mjs',
      'scripts/**',
      'test/fixtures/**/*.mjs',
      'bench/**/*.mjs',
      'test/server/**',
      'test/node/**',
      '.storybook/*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Browser: pages and their scripts.
    files: ['bench/*.js', 'demo/**/*.js', 'demo/**/*.mjs', 'test/fixtures/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Node scripts that hand functions to a page through puppeteer.
    files: ['test/storybook/**', 'scripts/screenshot.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // bench/run.mjs hands functions to the page through puppeteer.
    files: ['bench/run.mjs'],
    languageOptions: { globals: { window: 'readonly' } },
  },
);
