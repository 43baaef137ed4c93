/**
 * The server's schema, as an append-only list. Migration n brings a database from
 * schema version n-1 to n; a shipped migration is never edited, only followed by a new one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'server metadata (epoch)',
    sql: `
      CREATE TABLE server_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      INSERT INTO server_meta (key, value)
        VALUES ('epoch', lower(hex(randomblob(16))));
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
