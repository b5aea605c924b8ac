// ESLint for the HubSpot project. Cards: HubSpot's UI-extension rules (no HTML, no DOM, no browser
// storage or native fetch, no imports from outside the cards folder) on top of the recommended
// JavaScript, TypeScript, React and hooks rules, as in HubSpot's 2026.03 card template.
// The app function runs on HubSpot's Node runtime as CommonJS, so it gets Node's globals instead.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import { config as uiExtensionsConfig } from '@hubspot/eslint-config-ui-extensions';

const cards = ['**/app/cards/**/*.{js,jsx,ts,tsx}'];
const onlyCards = (configs) => configs.map((config) => ({ ...config, files: cards }));

export default [
  // The app function's bundle is generated (npm run build) from the source linted here.
  { ignores: ['**/node_modules/**', '**/dist/**', '**/app/functions/dist/**'] },
  js.configs.recommended,
  ...onlyCards([
    ...tseslint.configs.recommended,
    { ...react.configs.flat.recommended, settings: { react: { version: '18.3' } } },
    react.configs.flat['jsx-runtime'],
    ...uiExtensionsConfig.filter((config) => !config.files?.includes('eslint.config.js')),
    reactHooks.configs.flat['recommended-latest'],
    {
      rules: {
        'react/prop-types': 'off',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      },
    },
  ]),
  {
    files: ['**/app/functions/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', console: 'readonly' },
    },
  },
];
