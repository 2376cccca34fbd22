// @ts-check
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser-only globals (window, document, chrome…), without the language built-ins they overlap with. */
const browserOnlyGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.builtin));

const extensionApiImports = [
  { name: 'wxt/browser', message: 'Pass data in through props/arguments; only entrypoints talk to the browser.' },
  { name: 'webextension-polyfill', message: 'Only entrypoints talk to the browser.' },
];

const noHtmlInjection = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: build nodes and set textContent.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: build nodes and set textContent.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/pages/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true }), createNodeResolver()],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noHtmlInjection],
      // The layout's boundaries (GUIDE §2), checked on every import.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib/apology',
              from: ['./lib/compose', './lib/db', './lib/messaging', './lib/repairs', './lib/settings', './entrypoints', './components'],
              message: 'lib/apology is pure text analysis: it imports nothing from the rest of the project.',
            },
            {
              target: './entrypoints/compose.content',
              from: './lib/db',
              message: 'A content script would open the web page\'s IndexedDB. Ask the background through lib/messaging.',
            },
            {
              target: ['./lib/compose', './lib/messaging', './lib/nudge'],
              from: './lib/db',
              message: 'Code the content script runs must not reach lib/db.',
            },
            {
              target: './components',
              from: ['./lib/db', './entrypoints'],
              message: 'components/ are presentational: props in, JSX out.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/apology/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({ name, message: 'lib/apology is pure: no DOM or browser globals.' }))],
      'no-restricted-imports': ['error', { paths: extensionApiImports, patterns: [{ group: ['dexie', 'node:*'], message: 'lib/apology is pure.' }] }],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'components/ never touch browser.*' }, { name: 'browser', message: 'components/ never touch browser.*' }],
      'no-restricted-imports': ['error', { paths: [...extensionApiImports, { name: 'dexie', message: 'components/ never touch the db.' }, { name: 'dexie-react-hooks', message: 'Pass data in through props.' }] }],
    },
  },
);
