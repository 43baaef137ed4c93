import type pg from 'pg';
import { StartupError } from '../../startup-error.ts';
import { LATEST_POSTGRES_SCHEMA_VERSION, POSTGRES_MIGRATIONS } from './postgres-migrations.ts';

/**
 * Creates `schema` when missing and applies every pending migration, in one transaction under
 * the store's lock: two processes starting at once migrate once, and a failed migration
 * leaves the schema as it was (PostgreSQL's DDL is transactional). A schema that is up to
 * date is only read. Answers the schema version.
 */
export async function migratePostgres(
  pool: pg.Pool,
  schema: string,
  lockKey: bigint,
): Promise<number> {
  const current = await readVersion(pool);
  if (current === LATEST_POSTGRES_SCHEMA_VERSION) return current;
  const client = await pool.connect();
  try {
    await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${lockKey.toString()})`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const version = await readVersion(client);
    if (version > LATEST_POSTGRES_SCHEMA_VERSION) {
      throw new StartupError(
        `the PostgreSQL schema ${schema} has version ${String(version)}, newer than this ` +
          `server knows (${String(LATEST_POSTGRES_SCHEMA_VERSION)}); run a newer Noaber.`,
      );
    }
    for (const migration of POSTGRES_MIGRATIONS) {
      if (migration.version <= version) continue;
      await client.query(migration.sql);
    }
    await client.query('DELETE FROM schema_version');
    await client.query('INSERT INTO schema_version (version) VALUES ($1)', [
      LATEST_POSTGRES_SCHEMA_VERSION,
    ]);
    await client.query('COMMIT');
    return LATEST_POSTGRES_SCHEMA_VERSION;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The schema's version; 0 when it has no schema_version table (a new schema). */
async function readVersion(queryable: pg.Pool | pg.PoolClient): Promise<number> {
  const found = await queryable.query<{ present: boolean }>(
    `SELECT to_regclass('schema_version') IS NOT NULL AS present`,
  );
  if (found.rows[0]?.present !== true) return 0;
  const row = await queryable.query<{ version: number }>('SELECT version FROM schema_version');
  return row.rows[0]?.version ?? 0;
}
