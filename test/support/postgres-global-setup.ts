import type { TestProject } from 'vitest/node';
import { postgresMissing, startPostgresCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared throwaway cluster's URL (its `postgres` database); null: none here. */
    postgresUrl: string | null;
  }
}

/**
 * One throwaway PostgreSQL cluster for the whole run (vitest globalSetup); test files reach it
 * with inject('postgresUrl') and make their own databases on it. Without Debian's binaries
 * the PostgreSQL suites skip with one line, unless NOABER_REQUIRE_POSTGRES=1 (CI): then the
 * run fails.
 */
export default function setup(project: TestProject): (() => void) | undefined {
  const missing = postgresMissing();
  if (missing !== null) {
    if (process.env['NOABER_REQUIRE_POSTGRES'] === '1') {
      throw new Error(`NOABER_REQUIRE_POSTGRES=1, but ${missing}`);
    }
    console.warn(`PostgreSQL suites skipped: ${missing}`);
    project.provide('postgresUrl', null);
    return undefined;
  }
  const cluster = startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => {
    cluster.stop();
  };
}
