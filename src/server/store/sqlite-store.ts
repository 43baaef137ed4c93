import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { errorCode, StartupError } from '../startup-error.ts';
import { readHistoryFile, writeHistoryFile } from './history-file.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations.ts';
import { SqliteAudit } from './sqlite/sqlite-audit.ts';
import { SqliteClientDevices } from './sqlite/sqlite-client-devices.ts';
import { SqliteLoginThrottle } from './sqlite/sqlite-login-throttle.ts';
import { SqliteIdeas } from './sqlite/sqlite-ideas.ts';
import { SqliteMailOutbox } from './sqlite/sqlite-mail-outbox.ts';
import { SqlitePrivacy } from './sqlite/sqlite-privacy.ts';
import { SqliteQuarantine } from './sqlite/sqlite-quarantine.ts';
import { SqliteRateWindows } from './sqlite/sqlite-rate-windows.ts';
import { SqliteReference } from './sqlite/sqlite-reference.ts';
import { SqliteSessions } from './sqlite/sqlite-sessions.ts';
import { SqliteSetupLinks } from './sqlite/sqlite-setup-links.ts';
import { SqliteSync } from './sqlite/sqlite-sync.ts';
import { SqliteUsers } from './sqlite/sqlite-users.ts';
import { SqliteGate } from './sqlite/sqlite-gate.ts';
import {
  asStoreRepository,
  probeWrite,
  storageFailureOf,
  translateStorageErrorsAsync,
} from './sqlite/storage-errors.ts';
import type { Async, StorageFailure, Store } from './store.ts';

export const DATABASE_FILE_NAME = 'noaber.sqlite';

/** Waits this long for a lock held by another connection (a backup, the CLI) before failing. */
const BUSY_TIMEOUT_MS = 5_000;

export class SqliteStore implements Store {
  readonly engine = 'sqlite';
  readonly schemaVersion: number;
  readonly openedAtSeq: number;
  readonly users: Async<SqliteUsers>;
  readonly setupLinks: Async<SqliteSetupLinks>;
  readonly sessions: Async<SqliteSessions>;
  readonly loginThrottle: Async<SqliteLoginThrottle>;
  readonly reference: Async<SqliteReference>;
  readonly audit: Async<SqliteAudit>;
  readonly sync: Async<SqliteSync>;
  readonly clientDevices: Async<SqliteClientDevices>;
  readonly rateWindows: Async<SqliteRateWindows>;
  readonly quarantine: Async<SqliteQuarantine>;
  readonly ideas: Async<SqliteIdeas>;
  readonly mailOutbox: Async<SqliteMailOutbox>;
  readonly privacy: Async<SqlitePrivacy>;
  /** Keeps other requests' statements out of an open transaction (sqlite-gate.ts). */
  private readonly gate: SqliteGate;
  /** For what this class itself reads outside the gate: the last seq at open. */
  private readonly syncRows: SqliteSync;

  /** Why the last write failed, until a probe write succeeds again (storageFailure()). */
  private failure: StorageFailure | null = null;
  private readonly noteFailure = (failure: StorageFailure): void => {
    this.failure = failure;
  };
  private readonly meta;
  newEpochSinceOpened = false;
  /** The history file showed at start that a backup was copied back (a new epoch began). */
  wentBackAtStart = false;

  constructor(
    private readonly db: Database.Database,
    /** The data folder, for the history file beside the database; null: none kept. */
    private readonly dataDir: string | null = null,
  ) {
    // Every repository call, and every transaction below, waits at the gate and turns
    // SQLite's storage errors into StorageUnavailableError, noting the failure for the
    // health check.
    const gate = new SqliteGate(db);
    this.gate = gate;
    const noteFailure = this.noteFailure;
    const wrap = <T extends object>(repository: T): Async<T> =>
      asStoreRepository(repository, gate, noteFailure);
    this.syncRows = new SqliteSync(db);
    this.users = wrap(new SqliteUsers(db));
    this.setupLinks = wrap(new SqliteSetupLinks(db));
    this.sessions = wrap(new SqliteSessions(db));
    this.loginThrottle = wrap(new SqliteLoginThrottle(db));
    this.reference = wrap(new SqliteReference(db));
    this.audit = wrap(new SqliteAudit(db));
    this.sync = wrap(this.syncRows);
    this.clientDevices = wrap(new SqliteClientDevices(db));
    this.rateWindows = wrap(new SqliteRateWindows(db));
    this.quarantine = wrap(new SqliteQuarantine(db));
    this.ideas = wrap(new SqliteIdeas(db));
    this.mailOutbox = wrap(new SqliteMailOutbox(db));
    this.privacy = wrap(new SqlitePrivacy(db));
    this.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    this.meta = {
      read: db.prepare(`SELECT value FROM server_meta WHERE key = ?`).pluck(),
      write: db.prepare(
        `INSERT INTO server_meta (key, value) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      ),
    };
    if (this.meta.read.get('epoch') === undefined) {
      throw new Error('server_meta has no epoch: the database is damaged');
    }
    this.openedAtSeq = this.syncRows.lastSeq();
  }

  /** Read each time: another process on the same file may have started a new epoch. */
  serverEpoch(): Promise<string> {
    return this.gate.run(() => this.currentEpoch());
  }

  private currentEpoch(): string {
    return this.meta.read.get('epoch') as string;
  }

  startNewEpoch(alsoEnded?: string): Promise<void> {
    return this.gate.run(() => this.beginNewEpoch(alsoEnded));
  }

  private beginNewEpoch(alsoEnded?: string): void {
    const ended = [this.currentEpoch(), ...(alsoEnded === undefined ? [] : [alsoEnded])];
    this.meta.write.run('formerEpochs', JSON.stringify([...this.formerEpochs(), ...ended]));
    this.meta.write.run('epoch', randomBytes(16).toString('hex'));
    this.meta.write.run('restoredAtSeq', String(this.openedAtSeq));
    this.newEpochSinceOpened = true;
    // At once, not only at the next minute: a crash now must not look like a restore later.
    this.writeHistory();
  }

  knowsFormerEpoch(epoch: string): Promise<boolean> {
    return this.gate.run(() => this.formerEpochs().includes(epoch));
  }

  private formerEpochs(): string[] {
    const value = this.meta.read.get('formerEpochs') as string | undefined;
    return value === undefined ? [] : (JSON.parse(value) as string[]);
  }

  restoredAtSeq(): Promise<number> {
    return this.gate.run(() => {
      const value = this.meta.read.get('restoredAtSeq') as string | undefined;
      return value === undefined ? 0 : Number(value);
    });
  }

  /**
   * At start: the history file says the server had come further than this database holds
   * under its epoch, or had another epoch that this database never had (a backup from before
   * it), so a backup was copied back: start a new epoch now, before any device syncs. True
   * when it did.
   */
  startNewEpochIfWentBack(): boolean {
    if (this.dataDir === null) return false;
    const history = readHistoryFile(this.dataDir);
    const epoch = this.currentEpoch();
    const wentBack =
      history !== null &&
      (history.epoch === epoch
        ? history.lastSeq > this.openedAtSeq
        : !this.formerEpochs().includes(history.epoch));
    if (wentBack) this.db.transaction(() => this.beginNewEpoch(history.epoch)).immediate();
    this.writeHistory();
    this.wentBackAtStart = wentBack;
    return wentBack;
  }

  /**
   * Notes the epoch and last seq in the history file (on a clean stop and every minute).
   * Through the gate: a seq of a transaction still open could yet be rolled back.
   */
  saveHistory(): Promise<void> {
    return this.gate.run(() => this.writeHistory());
  }

  private writeHistory(): void {
    if (this.dataDir === null || !this.db.open) return;
    let history;
    try {
      history = { epoch: this.currentEpoch(), lastSeq: this.syncRows.lastSeq() };
    } catch {
      return; // A database that cannot be read now is noted the next time.
    }
    writeHistoryFile(this.dataDir, history);
  }

  transaction<T>(work: () => Promise<T>): Promise<T> {
    return translateStorageErrorsAsync(() => this.gate.transaction(work), this.noteFailure);
  }

  /**
   * The health check reflects the last real write rather than writing on every call: a
   * monitor polling every few seconds would otherwise make each poll a durable commit (an
   * fsync) that competes with pushes for the write lock, and a small write can succeed
   * while a push that needs new pages fails on a full disk (so such a write does not clear
   * a failure either). Only while a failure stands does each check retry a write that
   * needs new pages (probeWrite): the server reports healthy again as soon as the operator
   * has made room, without waiting for a device to push.
   */
  storageFailure(): Promise<StorageFailure | null> {
    return this.gate.run(() => this.retryFailedWrite());
  }

  private retryFailedWrite(): StorageFailure | null {
    if (this.failure === null) return null;
    try {
      probeWrite(this.db);
      this.failure = null;
    } catch (error) {
      const failure = storageFailureOf(error);
      if (failure === null) throw error;
      this.failure = failure;
    }
    return this.failure;
  }

  /**
   * A PRAGMA on this store's own connection. Settings such as max_page_count (a full disk,
   * for real) or query_only (a read-only database) hold per connection, so only this one
   * can set them: for tests and maintenance, never for the domain code.
   */
  pragma(source: string): unknown {
    return this.db.pragma(source);
  }

  close(): Promise<void> {
    return this.gate.run(() => this.closeNow());
  }

  /** Also for a stop that cannot wait (a signal handler's last step). */
  closeNow(): void {
    // Closing the last connection checkpoints the WAL into the main file, so a stopped server
    // leaves one consistent file behind.
    if (!this.db.open) return;
    this.writeHistory();
    this.db.close();
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
  ensureWritableDatabase(db, file);
  const store = new SqliteStore(db, dataDir);
  store.startNewEpochIfWentBack();
  return store;
}

/**
 * SQLite opens a file it may not write read-only without a word, and a full disk shows only
 * at the first write: the server would start and then refuse every push. A committed probe
 * write proves, before the server listens, that the database takes writes.
 */
function ensureWritableDatabase(db: Database.Database, file: string): void {
  try {
    probeWrite(db);
  } catch (error) {
    const failure = storageFailureOf(error);
    db.close();
    if (failure === null) throw error;
    throw new StartupError(
      `cannot write to the database ${file} (${errorCode(error) ?? failure}); ` +
        'make room on the disk or make the file writable for this user.',
    );
  }
}

/** Key of the file that proves the folder takes a write (also for root, also on a full disk). */
const FOLDER_PROBE = '.write-probe';
const FOLDER_PROBE_BYTES = 64 * 1024;

function ensureWritableFolder(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
    // The permission bits say nothing to root or about a full or read-only disk: write.
    const probe = join(dataDir, FOLDER_PROBE);
    writeFileSync(probe, Buffer.alloc(FOLDER_PROBE_BYTES));
    rmSync(probe);
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
