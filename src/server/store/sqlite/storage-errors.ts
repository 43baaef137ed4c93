import type Database from 'better-sqlite3';
import { errorCode } from '../../startup-error.ts';
import { StorageUnavailableError, type StorageFailure } from '../store.ts';

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

/** Runs `work`; a storage failure is reported to `onFailure` and rethrown as the store's type. */
export function translateStorageErrors<T>(
  work: () => T,
  onFailure: (failure: StorageFailure) => void,
): T {
  try {
    return work();
  } catch (error) {
    const failure = storageFailureOf(error);
    if (failure === null) throw error;
    onFailure(failure);
    throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(failure);
  }
}

/**
 * The repository with every method call translated as above, so that a write outside a
 * transaction (a sign-in's session, an audit entry) fails the same way as one inside.
 */
export function withStorageErrors<T extends object>(
  repository: T,
  onFailure: (failure: StorageFailure) => void,
): T {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        translateStorageErrors(() => Reflect.apply(value, target, args) as unknown, onFailure);
    },
  });
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
