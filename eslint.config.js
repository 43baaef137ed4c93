// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries (ARCHITECTURE.md): src/shared is pure and imported by all; only src/db
 * imports Dexie; src/server sees nothing of the browser code; the app never imports the server.
 */
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups }],
});
const SERVER = { group: ['**/server/**'], message: 'Only src/server may import the server.' };
const APP = {
  group: ['**/app/**', 'preact', 'preact/*', 'preact-iso', 'preact-iso/*'],
  message: 'UI code belongs in src/app.',
};
const DB = {
  group: ['**/db/**'],
  message: 'Only src/app and src/sync may use the local database.',
};
const SYNC = { group: ['**/sync/**'], message: 'The sync engine is used by src/app only.' };
const SW = { group: ['**/sw/**'], message: 'The service worker is a program of its own.' };
/**
 * The service worker may reach sync through one door: src/sync/background-sync.ts, which runs
 * the engine for Background Sync's `sync` event (a push with no tab open). Through it the
 * worker bundles the engine, the auth client and src/db; src/sw/tsconfig.json checks all of
 * that under the webworker lib, so nothing it reaches may use window or document. Everything
 * else in src/sync (the tab's runner, the screens' helpers) stays out of the worker.
 */
const SYNC_BUT_BACKGROUND = {
  group: ['**/sync/**', '!**/sync/background-sync.ts'],
  message: 'The service worker uses sync only through src/sync/background-sync.ts.',
};
const DEXIE = {
  group: ['dexie', 'dexie/*', 'idb-keyval'],
  message: 'Only src/db talks to IndexedDB.',
};
const NODE = {
  group: ['node:*', 'fastify', '@fastify/*', 'better-sqlite3'],
  message: 'Node-only code belongs in src/server.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'coverage/',
      '.stryker-tmp/',
      'reports/',
      '*.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // One tsconfig per runtime; a file in src/shared is checked under the first that has it.
        project: [
          './tsconfig.json',
          './src/app/tsconfig.json',
          './src/sw/tsconfig.json',
          './src/idee/tsconfig.json',
          './src/server/tsconfig.json',
          './test/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `void promise` marks a deliberate fire-and-forget (an event handler cannot await);
      // no-floating-promises makes sure every other promise is handled.
      'no-void': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/app/**', 'src/db/**', 'src/sync/**'],
    languageOptions: { globals: globals.browser },
  },
  { files: ['src/sw/**'], languageOptions: { globals: globals.serviceworker } },
  { files: ['src/idee/**'], languageOptions: { globals: globals.browser } },
  { files: ['src/server/**', 'test/**', '*.config.*'], languageOptions: { globals: globals.node } },
  { files: ['src/shared/**'], rules: forbid(SERVER, APP, DB, SYNC, SW, DEXIE, NODE) },
  { files: ['src/db/**'], rules: forbid(SERVER, APP, SYNC, SW, NODE) },
  { files: ['src/sync/**'], rules: forbid(SERVER, APP, SW, DEXIE, NODE) },
  { files: ['src/app/**'], rules: forbid(SERVER, SW, DEXIE, NODE) },
  // The resident's pages: small and on their own; their queue uses idb-keyval, never Dexie.
  {
    files: ['src/idee/**'],
    rules: forbid(SERVER, APP, DB, SYNC, SW, NODE, {
      group: ['dexie', 'dexie/*'],
      message: 'The resident pages keep their queue with idb-keyval.',
    }),
  },
  { files: ['src/sw/**'], rules: forbid(SERVER, APP, DB, SYNC_BUT_BACKGROUND, DEXIE, NODE) },
  { files: ['src/server/**'], rules: forbid(APP, DB, SYNC, SW, DEXIE) },
  {
    files: ['test/**'],
    rules: {
      // Tests assert on values they just checked; a non-null assertion there is no risk.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
