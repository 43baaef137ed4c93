import { defineConfig } from 'vitest/config';
import { postgresMissing } from './test/support/postgres-cluster.ts';

/** The suites the integration-postgres project runs (see there). */
const POSTGRES_SUITES = [
  'store-contract',
  'api-errors',
  'auth-bad-input',
  'auth-sessions',
  'authorization',
  'colleagues',
  'demo-mode',
  'feedback-term',
  'import-records',
  'kern-admin',
  'push-batch',
  'push-permissions',
  'push-rate-limit',
  'revoke-quarantine',
  'sync-bad-input',
  'sync-input-limits',
  'sync-large-outbox',
  'sync-lost-changes',
  'sync-property',
  'sync-scenarios',
  'sync-scope-change',
  'trusted-proxy',
  'health',
  'tenants',
  'several-processes',
  'person-erasure',
  'privacy-rights',
  'idea-intake',
  'idea-mail',
].map((suite) => `test/integration/${suite}.test.ts`);

/**
 * Without PostgreSQL here (and not required, as CI requires it), only the contract runs in
 * that project: its SQLite half, and one line saying the PostgreSQL half was skipped.
 */
const POSTGRES_INCLUDE =
  postgresMissing() === null || process.env['NOABER_REQUIRE_POSTGRES'] === '1'
    ? POSTGRES_SUITES
    : POSTGRES_SUITES.slice(0, 1);

/**
 * One runner, four layers. `npm test` builds first: the build and e2e layers read dist/, and
 * the server-process tests start build/server like `npm start` does.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: ['test/integration/store-contract.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // The store contract (both engines), and the suites that touch the store once more
        // on PostgreSQL (NOABER_TEST_STORE=postgres, test/support/test-store.ts), on one
        // throwaway cluster for the run. Not here: what needs the SQLite file itself.
        test: {
          name: 'integration-postgres',
          include: POSTGRES_INCLUDE,
          globalSetup: ['test/support/postgres-global-setup.ts'],
          env: { NOABER_TEST_STORE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
