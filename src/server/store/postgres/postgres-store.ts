import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { StartupError } from '../../startup-error.ts';
import type { StorageFailure, Store } from '../store.ts';
import { PostgresAudit } from './postgres-audit.ts';
import { PostgresClientDevices } from './postgres-client-devices.ts';
import { PostgresDb } from './postgres-db.ts';
import { PostgresLoginThrottle } from './postgres-login-throttle.ts';
import { migratePostgres } from './postgres-migrate.ts';
import { PostgresIdeas } from './postgres-ideas.ts';
import { PostgresMailOutbox } from './postgres-mail-outbox.ts';
import { PostgresPrivacy } from './postgres-privacy.ts';
import { PostgresQuarantine } from './postgres-quarantine.ts';
import { PostgresRateWindows } from './postgres-rate-windows.ts';
import { PostgresReference } from './postgres-reference.ts';
import { PostgresSessions } from './postgres-sessions.ts';
import { PostgresSetupLinks } from './postgres-setup-links.ts';
import { PostgresSync } from './postgres-sync.ts';
import { PostgresUsers } from './postgres-users.ts';
import { storageFailureOf } from './storage-errors.ts';

/** The schema when none is given: PostgreSQL's own default. */
export const DEFAULT_POSTGRES_SCHEMA = 'public';

/**
 * A schema name this store accepts: plain lower-case SQL identifiers only, so that the name
 * needs no quoting in search_path or CREATE SCHEMA.
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresStoreOptions {
  /** The PostgreSQL schema that holds this store's tables (one per tenant); 'public' if not given. */
  schema?: string;
  /** Connections in the pool (pg's default, 10, when not given). */
  maxConnections?: number;
}

/**
 * BIGINT (seqs, times, counts) as JS numbers: every such value here is below 2^53. For this
 * store's connections only (pg's global parsers stay as they are).
 */
const TYPES = new pg.TypeOverrides();
TYPES.setTypeParser(pg.types.builtins.INT8, 'text', Number);

/**
 * The store on PostgreSQL: for several server processes on one database, and many
 * municipalities (one schema each) on one installation. Same semantics as SqliteStore; what
 * differs is described in postgres-db.ts (connections, transactions, the store's lock),
 * postgres-migrations.ts (the schema) and storage-errors.ts (failures). Restore detection
 * relies on the sync protocol's proofs only (client-check.ts): the history file is SQLite's.
 */
export class PostgresStore implements Store {
  readonly engine = 'postgresql';
  readonly users: PostgresUsers;
  readonly setupLinks: PostgresSetupLinks;
  readonly sessions: PostgresSessions;
  readonly loginThrottle: PostgresLoginThrottle;
  readonly reference: PostgresReference;
  readonly audit: PostgresAudit;
  readonly sync: PostgresSync;
  readonly clientDevices: PostgresClientDevices;
  readonly rateWindows: PostgresRateWindows;
  readonly quarantine: PostgresQuarantine;
  readonly privacy: PostgresPrivacy;
  readonly ideas: PostgresIdeas;
  readonly mailOutbox: PostgresMailOutbox;
  newEpochSinceOpened = false;
  /** Why the last write failed, until a probe write succeeds again (storageFailure()). */
  private failure: StorageFailure | null = null;
  private readonly db: PostgresDb;

  private constructor(
    pool: pg.Pool,
    /** The schema holding this store's tables. */
    readonly schema: string,
    readonly schemaVersion: number,
    readonly openedAtSeq: number,
  ) {
    this.db = new PostgresDb(pool, lockKeyOf(schema), (failure) => {
      this.failure = failure;
    });
    this.users = new PostgresUsers(this.db);
    this.setupLinks = new PostgresSetupLinks(this.db);
    this.sessions = new PostgresSessions(this.db);
    this.loginThrottle = new PostgresLoginThrottle(this.db);
    this.reference = new PostgresReference(this.db);
    this.audit = new PostgresAudit(this.db);
    this.sync = new PostgresSync(this.db);
    this.clientDevices = new PostgresClientDevices(this.db);
    this.rateWindows = new PostgresRateWindows(this.db);
    this.quarantine = new PostgresQuarantine(this.db);
    this.privacy = new PostgresPrivacy(this.db);
    this.ideas = new PostgresIdeas(this.db);
    this.mailOutbox = new PostgresMailOutbox(this.db);
  }

  /**
   * For openPostgresStore, once the schema is migrated: a committed probe write proves,
   * before the server listens, that the database takes writes (not a standby, not a role
   * that may only read).
   */
  static async opened(
    pool: pg.Pool,
    schema: string,
    schemaVersion: number,
  ): Promise<PostgresStore> {
    const last = await pool.query<{ seq: number }>(
      'SELECT coalesce(max(seq), 0) AS seq FROM sync_records',
    );
    const store = new PostgresStore(pool, schema, schemaVersion, last.rows[0]?.seq ?? 0);
    await probeWrite(store.db);
    return store;
  }

  /** Read each time: another process may have started a new epoch. */
  async serverEpoch(): Promise<string> {
    const epoch = await this.meta('epoch');
    if (epoch === undefined) throw new Error('server_meta has no epoch: the database is damaged');
    return epoch;
  }

  startNewEpoch(alsoEnded?: string): Promise<void> {
    return this.db.transaction(async () => {
      const ended = [await this.serverEpoch(), ...(alsoEnded === undefined ? [] : [alsoEnded])];
      await this.setMeta(
        'formerEpochs',
        JSON.stringify([...(await this.formerEpochs()), ...ended]),
      );
      await this.setMeta('epoch', randomBytes(16).toString('hex'));
      await this.setMeta('restoredAtSeq', String(this.openedAtSeq));
      this.newEpochSinceOpened = true;
    });
  }

  async knowsFormerEpoch(epoch: string): Promise<boolean> {
    return (await this.formerEpochs()).includes(epoch);
  }

  private async formerEpochs(): Promise<string[]> {
    const value = await this.meta('formerEpochs');
    return value === undefined ? [] : (JSON.parse(value) as string[]);
  }

  async restoredAtSeq(): Promise<number> {
    const value = await this.meta('restoredAtSeq');
    return value === undefined ? 0 : Number(value);
  }

  private async meta(key: string): Promise<string | undefined> {
    return (
      await this.db.row<{ value: string }>('SELECT value FROM server_meta WHERE key = $1', [key])
    )?.value;
  }

  private async setMeta(key: string, value: string): Promise<void> {
    await this.db.run(
      `INSERT INTO server_meta (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [key, value],
    );
  }

  transaction<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * As SqliteStore's: the last real write's outcome, and only while a failure stands a probe
   * write, so that the check reports healthy again as soon as the operator fixed the cause.
   */
  async storageFailure(): Promise<StorageFailure | null> {
    if (this.failure === null) return null;
    try {
      await probeWrite(this.db);
      this.failure = null;
    } catch (error) {
      const failure = storageFailureOf(error);
      if (failure === null) throw error;
      this.failure = failure;
    }
    return this.failure;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** Key of the row the write probe writes and deletes again. */
const PROBE_KEY = 'write-probe';
/** Random, so incompressible: the probe's row must take room in the table and the WAL. */
const PROBE_BYTES = 64 * 1024;

/** A committed write that needs room: a row of 64 KiB written and deleted in one transaction. */
async function probeWrite(db: PostgresDb): Promise<void> {
  await db.transaction(async () => {
    await db.run(
      `INSERT INTO server_meta (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [PROBE_KEY, randomBytes(PROBE_BYTES / 2).toString('hex')],
    );
    await db.run('DELETE FROM server_meta WHERE key = $1', [PROBE_KEY]);
  });
}

/**
 * The advisory lock of one schema's store, the same in every process: 64 bits of a hash of
 * the schema name (advisory locks are per database, so schemas of one database differ).
 */
export function lockKeyOf(schema: string): bigint {
  return createHash('sha256').update(`noaber-store:${schema}`).digest().readBigInt64BE(0);
}

/**
 * Connects to the PostgreSQL database at `url` (postgres://user:password@host:port/database;
 * a unix socket folder as ?host=/path), creates `schema` when missing and migrates it to the
 * latest version. Every statement of the store runs in that schema (search_path). Problems
 * the operator can fix are thrown as StartupError with a one-line message.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  const schema = options.schema ?? DEFAULT_POSTGRES_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) {
    throw new StartupError(
      `the PostgreSQL schema name ${JSON.stringify(schema)} is not a plain lower-case name.`,
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    options: `-c search_path=${schema}`,
    types: TYPES,
    ...(options.maxConnections === undefined ? {} : { max: options.maxConnections }),
  });
  // A connection that breaks while idle in the pool is dropped by the pool; the next
  // statement reports what is wrong. Without a listener the error would end the process.
  pool.on('error', () => undefined);
  try {
    const version = await migratePostgres(pool, schema, lockKeyOf(schema));
    return await PostgresStore.opened(pool, schema, version);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StartupError) throw error;
    const failure = storageFailureOf(error);
    if (failure === null) throw error;
    throw new StartupError(
      `cannot use the PostgreSQL database (${failure}: ${error instanceof Error ? error.message : String(error)}); ` +
        'check DATABASE_URL, that the server runs and that this role may write.',
    );
  }
}
