// ESLint for everything outside the two platforms' own configs (force-app/eslint.config.js for the
// Lightning web components, scripts/hubspot/eslint.config.mjs for the HubSpot app): the core, the
// scripts, the tests, the bench and the preview. Recommended JavaScript and TypeScript rules (no
// type information, to stay fast), React's for the TSX, and LWC's for the preview's components.
// `npm run lint` runs all three configs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jest from 'eslint-plugin-jest';
import globals from 'globals';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lwc = require('@salesforce/eslint-config-lwc');

const ts = ['**/*.{ts,tsx,mts,cts}'];
const lwcFiles = ['preview/src/salesforce/**/*.js'];
const forFiles = (files, configs) => configs.map((config) => ({ ...config, files }));

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'bench/tmp/**',
      'preview/dist.tmp-*/**',
      // Linted by their platform's own config (npm run lint runs it too).
      'force-app/**',
      'hubspot-project/src/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  { languageOptions: { ecmaVersion: 2022, globals: globals.node } },
  { files: ['**/*.{cjs,js}'], ignores: [...lwcFiles, 'shared/**'], languageOptions: { sourceType: 'commonjs' } },
  ...forFiles(ts, tseslint.configs.recommended),
  ...forFiles(
    ['**/*.tsx'],
    [
      { ...react.configs.flat.recommended, settings: { react: { version: '18.3' } } },
      react.configs.flat['jsx-runtime'],
      reactHooks.configs.flat['recommended-latest'],
    ],
  ),
  {
    files: ts,
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  // Types say what the props are; a button's type is always said (the default submits a form).
  { files: ['**/*.tsx'], rules: { 'react/prop-types': 'off', 'react/button-has-type': 'error' } },
  // Known `any`s, to remove rather than to copy: the core's code that reads zod's internal definitions
  // (schema-info is its one API for the rest of the repository) and values from outside (the sf CLI's
  // JSON, the page).
  // Warnings, so they stay visible; everywhere else an `any` fails the lint.
  {
    files: [
      'shared/src/fields.ts',
      'shared/src/registry.ts',
      'shared/src/schema-info.ts',
      'shared/src/parse/{clean,paths,payload,walk}.ts',
      'scripts/generate/schema-at.ts',
      'scripts/salesforce/sf.ts',
      'bench/{cards,core-speed,payloads}.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'warn' },
  },
  // Code that runs in the page: the preview's runtime and platforms, the bench's page probe.
  { files: ['preview/src/**', 'bench/page-probe.js'], languageOptions: { globals: globals.browser } },
  ...forFiles(lwcFiles, lwc.configs.recommended),
  // Tests, and the modules only tests load. Fakes and page scripts may use `any`, and Jest tests may
  // load a module lazily with require(). Jest's rules that catch a mistake, not a style: a focused
  // test left in, two tests with one title, an expect that asserts nothing.
  {
    files: ['**/*.test.{ts,tsx}', '**/*.e2e.ts', '**/test/**', 'tests/**'],
    plugins: { jest },
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'jest/no-focused-tests': 'error',
      'jest/no-identical-title': 'error',
      'jest/valid-expect': 'error',
    },
  },
  // The card corpus renders into jsdom.
  { files: ['tests/corpus/**'], languageOptions: { globals: { ...globals.node, ...globals.jest, ...globals.browser } } },
];
