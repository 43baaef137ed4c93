import type Database from 'better-sqlite3';
import { errorCode } from '../../startup-error.ts';
import {
  DuplicateKeyError,
  StorageUnavailableError,
  type Async,
  type StorageFailure,
} from '../store.ts';
import type { SqliteGate } from './sqlite-gate.ts';

/**
 * SQLite's result codes for a storage that cannot take writes, and what they mean outside
 * this folder. Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED…) count with
 * their primary code. Everything SQLite-specific about such failures stays here.
 */
const FAILURES: readonly (readonly [code: string, failure: StorageFailure])[] = [
  ['SQLITE_FULL', 'disk-full'],
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_IOERR', 'io-error'],
  ['SQLITE_CANTOPEN', 'cannot-open'],
];

export function storageFailureOf(error: unknown): StorageFailure | null {
  if (error instanceof StorageUnavailableError) return error.failure;
  const code = errorCode(error);
  if (code === undefined) return null;
  const match = FAILURES.find(([primary]) => code === primary || code.startsWith(`${primary}_`));
  return match ? match[1] : null;
}

/**
 * SQLite's codes for a unique key that is taken (a primary key or a UNIQUE column): the
 * caller's input, not the storage, is at fault.
 */
const DUPLICATE_KEY_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/**
 * Runs `work`; a storage failure is reported to `onFailure` and rethrown as the store's type,
 * a taken unique key as DuplicateKeyError.
 */
export function translateStorageErrors<T>(
  work: () => T,
  onFailure: (failure: StorageFailure) => void,
): T {
  try {
    return work();
  } catch (error) {
    throw translated(error, onFailure);
  }
}

/** The same for work that awaits. */
export async function translateStorageErrorsAsync<T>(
  work: () => Promise<T>,
  onFailure: (failure: StorageFailure) => void,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translated(error, onFailure);
  }
}

function translated(error: unknown, onFailure: (failure: StorageFailure) => void): unknown {
  const code = errorCode(error);
  if (code !== undefined && DUPLICATE_KEY_CODES.has(code)) return new DuplicateKeyError();
  const failure = storageFailureOf(error);
  if (failure === null) return error;
  onFailure(failure);
  return error instanceof StorageUnavailableError ? error : new StorageUnavailableError(failure);
}

/**
 * The repository as the Store interface offers it: every method call waits its turn at the
 * gate (no transaction of another request is open), answers with a Promise, and turns
 * SQLite's errors into the store's, so that a write outside a transaction (a sign-in's
 * session, an audit entry) fails the same way as one inside.
 */
export function asStoreRepository<T extends object>(
  repository: T,
  gate: SqliteGate,
  onFailure: (failure: StorageFailure) => void,
): Async<T> {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        gate.run(() =>
          translateStorageErrors(() => Reflect.apply(value, target, args) as unknown, onFailure),
        );
    },
  }) as unknown as Async<T>;
}

/** Key of the row the write probe writes and deletes again. */
const PROBE_KEY = 'write-probe';
/** The probe never writes more than this, whatever the free list holds. */
const MAX_PROBE_BYTES = 4 * 1024 * 1024;

/**
 * Proves the database takes a durable write that needs room, as a push does: a row larger
 * than the file's free pages can hold (at most 4 MiB) is written and deleted again in one
 * committed transaction, so the file must grow or its WAL take the frames, with an fsync.
 * A small write could reuse free pages and succeed on a full disk. Throws SQLite's own
 * error when the write fails; the transaction then keeps nothing.
 */
export function probeWrite(db: Database.Database): void {
  db.transaction(() => {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const freePages = db.pragma('freelist_count', { simple: true }) as number;
    const bytes = Math.min(MAX_PROBE_BYTES, (freePages + 2) * pageSize);
    db.prepare('INSERT OR REPLACE INTO server_meta (key, value) VALUES (?, ?)').run(
      PROBE_KEY,
      'x'.repeat(bytes),
    );
    db.prepare('DELETE FROM server_meta WHERE key = ?').run(PROBE_KEY);
  }).immediate();
}
