import Database from 'better-sqlite3';
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
