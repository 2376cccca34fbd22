// @ts-check
import { readdirSync } from 'node:fs';
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

/** Pure domain code (lib/apology, lib/repairs) runs anywhere, a unit test included: no browser, no database. */
const pureModuleRules = (folder) => ({
  'no-restricted-globals': [
    'error',
    ...[...browserOnlyGlobals, 'chrome', 'browser'].map((name) => ({ name, message: `${folder} is pure: no DOM or browser globals.` })),
  ],
  'no-restricted-imports': ['error', { paths: extensionApiImports, patterns: [{ group: ['dexie', 'dexie-*', 'wxt', 'wxt/*', 'node:*'], message: `${folder} is pure.` }] }],
});

/**
 * Each entry point is its own bundle in its own context (service worker, tab, page).
 * Code two of them share lives in lib/ or components/, never inside one of them.
 */
const entryPoints = readdirSync(new URL('./entrypoints', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const entryPointZones = entryPoints.map((name) => ({
  target: `./entrypoints/${name}`,
  from: './entrypoints',
  except: [`./${name}`],
  message: 'An entry point never imports another one: move what they share to lib/ or components/.',
}));

/**
 * Code the content script bundles ships in every matched tab: zod's runtime stays in the
 * background, which validates every message; here only its types are allowed.
 */
const contentScriptCode = ['entrypoints/compose.content/**', 'lib/nudge/**', 'lib/compose/**', 'lib/messaging/client.ts'];
const zodTypesOnly = ['zod', 'zod/mini', 'zod/v4', 'zod/v4-mini', 'zod/v4/core'].map((name) => ({
  name,
  allowTypeImports: true,
  message: 'Content-script code imports zod types only (`import type`): the background validates.',
}));

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
              from: ['./lib', './entrypoints', './components'],
              except: ['./apology'],
              message: 'lib/apology is pure text analysis: it imports nothing from the rest of the project.',
            },
            {
              target: './lib',
              from: './entrypoints',
              message: 'lib/ is shared code: it never imports an entry point. Move what both need into lib/.',
            },
            ...entryPointZones,
            {
              target: ['./scripts', './lib', './entrypoints', './components'],
              from: './tests',
              message: 'Nothing outside tests/ stands on the test tree: `npm start` and the scripts use scripts/browser/.',
            },
            {
              target: './lib/db',
              from: './lib/messaging',
              message: 'lib/db is below the messaging layer: shared formatting lives in lib/validation.',
            },
            {
              target: './lib/repairs',
              from: ['./lib/db', './lib/messaging', './lib/compose', './lib/nudge', './lib/settings', './entrypoints', './components'],
              message: 'lib/repairs holds pure domain rules: it stands on nothing but lib/apology types and libraries.',
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
  { files: ['lib/apology/**'], rules: pureModuleRules('lib/apology') },
  { files: ['lib/repairs/**'], rules: pureModuleRules('lib/repairs') },
  {
    files: contentScriptCode,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: zodTypesOnly }] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'components/ never touch browser.*' }, { name: 'browser', message: 'components/ never touch browser.*' }],
      'no-restricted-imports': ['error', { paths: [...extensionApiImports, { name: 'dexie', message: 'components/ never touch the db.' }, { name: 'dexie-react-hooks', message: 'Pass data in through props.' }] }],
    },
  },
);
