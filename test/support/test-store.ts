import { inject } from 'vitest';
import {
  openPostgresStore,
  type PostgresStore,
} from '../../src/server/store/postgres/postgres-store.ts';
import { openSqliteStore, type SqliteStore } from '../../src/server/store/sqlite-store.ts';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE_NAME } from '../../src/server/store/sqlite-store.ts';
import { adminQuery, createDatabase } from './postgres-cluster.ts';
import { scanPostgres, scanSqlite } from './privacy-scan.ts';

/** A store a test opened: either engine, narrowed where a test needs one of them. */
export type TestStore = SqliteStore | PostgresStore;

/** NOABER_TEST_STORE=postgres: the suites that touch the store run on PostgreSQL. */
export const TEST_STORE_ENGINE: 'sqlite' | 'postgresql' =
  process.env['NOABER_TEST_STORE'] === 'postgres' ? 'postgresql' : 'sqlite';

/** The databases made for data folders, so that reopening a folder reopens its database. */
const databaseOf = new Map<string, string>();

/**
 * The store a test's server uses: SQLite in `dataDir` by default; with
 * NOABER_TEST_STORE=postgres a PostgresStore on a database of the run's shared cluster, one
 * per data folder (opening the same folder again opens the same database: a restart).
 */
export async function openTestStore(dataDir: string): Promise<TestStore> {
  if (TEST_STORE_ENGINE === 'sqlite') return openSqliteStore(dataDir);
  let url = databaseOf.get(dataDir);
  if (url === undefined) {
    url = await createDatabase(postgresClusterUrl());
    databaseOf.set(dataDir, url);
  }
  return openPostgresStore(url);
}

/** The shared cluster's URL (postgres-global-setup.ts); throws when the run has none. */
export function postgresClusterUrl(): string {
  const url = inject('postgresUrl');
  if (typeof url !== 'string') {
    throw new Error('no PostgreSQL cluster in this run (vitest project integration-postgres)');
  }
  return url;
}

/** The SQLite store of a test that needs SQLite's own settings (pragma); throws otherwise. */
export function sqliteOnly(store: TestStore): SqliteStore {
  if (store.engine !== 'sqlite') throw new Error('this test needs the SQLite store');
  return store;
}

/**
 * Runs SQL behind the store's back, on the data of `dataDir` (openTestStore): what a restored
 * backup or an operator does. Plain SQL that both engines read alike, without parameters.
 */
export async function runSqlBehindStore(dataDir: string, sql: string): Promise<void> {
  if (TEST_STORE_ENGINE === 'sqlite') {
    const file = new Database(join(dataDir, DATABASE_FILE_NAME));
    try {
      file.exec(sql);
    } finally {
      file.close();
    }
    return;
  }
  const url = databaseOf.get(dataDir);
  if (url === undefined) throw new Error(`no database was opened for ${dataDir}`);
  await adminQuery(url, sql);
}

/**
 * A store for tenant `id` of a several-municipality server, as the engine under test keeps
 * it: undefined for SQLite (startTenantServer's default, a file per tenant); for PostgreSQL,
 * a schema per tenant in one database, as DATABASE_URL with TENANTS_FILE does.
 */
export async function tenantStoreOpener(): Promise<
  ((id: string) => Promise<TestStore>) | undefined
> {
  if (TEST_STORE_ENGINE === 'sqlite') return undefined;
  const url = await createDatabase(postgresClusterUrl());
  return (id) => openPostgresStore(url, { schema: `tenant_${id}` });
}

/**
 * The database that server processes started on `dataDir` will share: the store to prepare
 * it with, and the environment the processes need (DATABASE_URL for PostgreSQL).
 */
export async function sharedTestDatabase(
  dataDir: string,
): Promise<{ store: TestStore; env: Record<string, string> }> {
  if (TEST_STORE_ENGINE === 'sqlite') return { store: openSqliteStore(dataDir), env: {} };
  const url = await createDatabase(postgresClusterUrl());
  return { store: await openPostgresStore(url), env: { DATABASE_URL: url } };
}

/**
 * Every row the server's database holds for `dataDir` (openTestStore), searched for the
 * needles, whichever engine: what an erasure must leave nowhere.
 */
export async function scanServerData(dataDir: string, needles: readonly string[]) {
  if (TEST_STORE_ENGINE === 'sqlite') return scanSqlite(join(dataDir, DATABASE_FILE_NAME), needles);
  const url = databaseOf.get(dataDir);
  if (url === undefined) throw new Error(`no database was opened for ${dataDir}`);
  return scanPostgres(url, needles);
}
