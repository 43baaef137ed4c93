import Database from 'better-sqlite3';
import pg from 'pg';
import type Dexie from 'dexie';

/** Where a needle was found: `<table>: <row as JSON, shortened>`. */
export type Finding = string;

const holds = (text: string, needles: readonly string[]) => {
  const lower = text.toLowerCase();
  return needles.some((needle) => lower.includes(needle.toLowerCase()));
};

/**
 * Every row of every table of a SQLite database (a second, read-only connection: the WAL
 * lets it see what the server committed), as text, searched for the needles.
 */
export function scanSqlite(file: string, needles: readonly string[]): Finding[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
      .pluck()
      .all() as string[];
    const found: Finding[] = [];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all()) {
        const text = JSON.stringify(row);
        if (holds(text, needles)) found.push(`${table}: ${text.slice(0, 300)}`);
      }
    }
    return found;
  } finally {
    db.close();
  }
}

/** Every record of every IndexedDB store of a Dexie database, searched for the needles. */
export async function scanDexie(db: Dexie, needles: readonly string[]): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      const text = JSON.stringify(row);
      if (holds(text, needles)) found.push(`${table.name}: ${text.slice(0, 300)}`);
    }
  }
  return found;
}

/**
 * Every row of every table in the schemas of a PostgreSQL database (an admin connection, so
 * nothing the store hides), as text, searched for the needles.
 */
export async function scanPostgres(url: string, needles: readonly string[]): Promise<Finding[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE'
         AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const found: Finding[] = [];
    for (const { schema, name } of tables.rows) {
      const rows = await client.query<{ row: string }>(
        `SELECT t::text AS row FROM "${schema}"."${name}" AS t`,
      );
      for (const { row } of rows.rows) {
        if (holds(row, needles)) found.push(`${schema}.${name}: ${row.slice(0, 300)}`);
      }
    }
    return found;
  } finally {
    await client.end();
  }
}
