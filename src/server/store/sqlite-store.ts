import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { errorCode, StartupError } from '../startup-error.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations.ts';
import { SqliteAudit } from './sqlite/sqlite-audit.ts';
import { SqliteClientDevices } from './sqlite/sqlite-client-devices.ts';
import { SqliteLoginThrottle } from './sqlite/sqlite-login-throttle.ts';
import { SqliteReference } from './sqlite/sqlite-reference.ts';
import { SqliteSessions } from './sqlite/sqlite-sessions.ts';
import { SqliteSetupLinks } from './sqlite/sqlite-setup-links.ts';
import { SqliteSync } from './sqlite/sqlite-sync.ts';
import { SqliteUsers } from './sqlite/sqlite-users.ts';
import type { Store } from './store.ts';

export const DATABASE_FILE_NAME = 'noaber.sqlite';

/** Waits this long for a lock held by another connection (a backup, the CLI) before failing. */
const BUSY_TIMEOUT_MS = 5_000;

export class SqliteStore implements Store {
  readonly schemaVersion: number;
  readonly serverEpoch: string;
  readonly users: SqliteUsers;
  readonly setupLinks: SqliteSetupLinks;
  readonly sessions: SqliteSessions;
  readonly loginThrottle: SqliteLoginThrottle;
  readonly reference: SqliteReference;
  readonly audit: SqliteAudit;
  readonly sync: SqliteSync;
  readonly clientDevices: SqliteClientDevices;

  constructor(private readonly db: Database.Database) {
    this.users = new SqliteUsers(db);
    this.setupLinks = new SqliteSetupLinks(db);
    this.sessions = new SqliteSessions(db);
    this.loginThrottle = new SqliteLoginThrottle(db);
    this.reference = new SqliteReference(db);
    this.audit = new SqliteAudit(db);
    this.sync = new SqliteSync(db);
    this.clientDevices = new SqliteClientDevices(db);
    this.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const row = db.prepare(`SELECT value FROM server_meta WHERE key = 'epoch'`).get() as
      { value: string } | undefined;
    if (!row) throw new Error('server_meta has no epoch: the database is damaged');
    this.serverEpoch = row.value;
  }

  transaction<T>(work: () => T): T {
    // IMMEDIATE takes the write lock at the start, so two writers never deadlock halfway.
    return this.db.transaction(work).immediate();
  }

  close(): void {
    // Closing the last connection checkpoints the WAL into the main file, so a stopped server
    // leaves one consistent file behind.
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens (creating when needed) the SQLite file in `dataDir` and migrates it to the latest
 * schema. Problems the operator can fix are thrown as StartupError with a one-line message.
 */
export function openSqliteStore(dataDir: string): SqliteStore {
  ensureWritableFolder(dataDir);
  const file = join(dataDir, DATABASE_FILE_NAME);
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    throw new StartupError(
      `cannot open the database ${file} (${errorCode(error) ?? String(error)}).`,
    );
  }
  // FULL: a write the server has acknowledged survives a power cut, not only a crash. Not
  // NORMAL, although it is the usual WAL choice and makes commits cheaper: a device drops
  // its outbox entries once a push is acknowledged, so a committed batch lost to a power cut
  // is lost data, and the device's next id would be a gap the server refuses for good.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db);
  return new SqliteStore(db);
}

function ensureWritableFolder(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new StartupError(
      `cannot write to the data folder ${dataDir} (${errorCode(error) ?? 'error'}); ` +
        'set DATA_DIR to a writable folder.',
    );
  }
}

/** Applies every pending migration, each in its own transaction with its version bump. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_SCHEMA_VERSION) {
    throw new StartupError(
      `the database has schema version ${current}, newer than this server knows ` +
        `(${LATEST_SCHEMA_VERSION}); run a newer Noaber.`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
