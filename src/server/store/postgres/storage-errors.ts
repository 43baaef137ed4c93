import { errorCode } from '../../startup-error.ts';
import { DuplicateKeyError, StorageUnavailableError, type StorageFailure } from '../store.ts';

/**
 * PostgreSQL's SQLSTATEs (and the driver's socket errors) for a storage that cannot take
 * writes, and what they mean outside this folder. Everything PostgreSQL-specific about such
 * failures stays here, as sqlite/storage-errors.ts does for SQLite.
 */
const FAILURES: ReadonlyMap<string, StorageFailure> = new Map([
  ['53100', 'disk-full'], // disk_full
  ['25006', 'read-only'], // read_only_sql_transaction (a standby, or default_transaction_read_only)
  ['58030', 'io-error'], // io_error
  ['XX001', 'io-error'], // data_corrupted
  ['XX002', 'io-error'], // index_corrupted
  ['53300', 'cannot-open'], // too_many_connections
  ['57P01', 'cannot-open'], // admin_shutdown
  ['57P02', 'cannot-open'], // crash_shutdown
  ['57P03', 'cannot-open'], // cannot_connect_now (starting up, shutting down)
  ['3D000', 'cannot-open'], // invalid_catalog_name: the database does not exist
  ['28000', 'cannot-open'], // invalid_authorization_specification
  ['28P01', 'cannot-open'], // invalid_password
  // The server cannot be reached at all (Node's socket errors).
  ['ECONNREFUSED', 'cannot-open'],
  ['ECONNRESET', 'cannot-open'],
  ['ENOTFOUND', 'cannot-open'],
  ['ETIMEDOUT', 'cannot-open'],
  ['EPIPE', 'cannot-open'],
  ['ENOENT', 'cannot-open'], // the unix socket is gone
]);

/** Class 08: connection_exception (the connection failed or was lost). */
const CONNECTION_CLASS = '08';

/** The driver's own errors for a connection that ended under it; they carry no code. */
const LOST_CONNECTION = /^Connection terminated|^Client has encountered a connection error/;

export function storageFailureOf(error: unknown): StorageFailure | null {
  if (error instanceof StorageUnavailableError) return error.failure;
  const code = errorCode(error);
  if (code !== undefined) {
    if (code.startsWith(CONNECTION_CLASS) && code.length === 5) return 'cannot-open';
    return FAILURES.get(code) ?? null;
  }
  if (error instanceof Error && LOST_CONNECTION.test(error.message)) return 'cannot-open';
  return null;
}

/** unique_violation: a primary key or UNIQUE column (or index) that is taken. */
const UNIQUE_VIOLATION = '23505';

/**
 * The store's error for `error`: a taken unique key becomes DuplicateKeyError, a storage
 * failure StorageUnavailableError (reported to `onFailure` first); anything else is as it was.
 */
export function translated(error: unknown, onFailure: (failure: StorageFailure) => void): unknown {
  if (error instanceof DuplicateKeyError || error instanceof StorageUnavailableError) return error;
  if (errorCode(error) === UNIQUE_VIOLATION) return new DuplicateKeyError();
  const failure = storageFailureOf(error);
  if (failure === null) return error;
  onFailure(failure);
  return new StorageUnavailableError(failure);
}
