import Dexie from 'dexie';
import { NoaberDatabase } from './database.ts';
import { readSyncMeta } from './sync-meta.ts';

/**
 * Each account has its own local database on a device. Another person signing in on the same
 * device opens a different one, so they never see, or push, the previous person's records.
 */
export function userDatabaseName(userId: string): string {
  return `noaber-user-${userId}`;
}

const open = new Map<string, NoaberDatabase>();

/** The account's database, created on first use with a new random client id. */
export async function openUserDatabase(userId: string): Promise<NoaberDatabase> {
  let db = open.get(userId);
  if (!db) {
    db = new NoaberDatabase(userDatabaseName(userId));
    open.set(userId, db);
  }
  await readSyncMeta(db);
  return db;
}

/**
 * The account's database if the browser still holds it, else null. A worker that wakes for
 * Background Sync must not make a new, empty database where the browser deleted the old one:
 * the open tab says the data was wiped, and after signing in again the server tells what was
 * lost (database-loss.ts, lost-changes.ts).
 */
export async function openExistingUserDatabase(userId: string): Promise<NoaberDatabase | null> {
  if (!(await Dexie.exists(userDatabaseName(userId)))) return null;
  return openUserDatabase(userId);
}

/**
 * Whether `db` is still the account's open database: a sign-out or revoke (wipeUserData)
 * forgets it before closing it, so its close is not taken for a loss (database-loss.ts).
 */
export function isOpenDatabase(userId: string, db: NoaberDatabase): boolean {
  return open.get(userId) === db;
}

/** The database was taken away: the next open, after signing in again, makes a new one. */
export function forgetLostDatabase(userId: string, db: NoaberDatabase): void {
  if (isOpenDatabase(userId, db)) open.delete(userId);
}

/** Changes typed on this device that the server has not confirmed yet. */
export async function countUnsentChanges(userId: string): Promise<number> {
  return (await openUserDatabase(userId)).outbox.count();
}

/** Deletes everything this account keeps on this device (sign-out, remote revoke). */
export async function wipeUserData(userId: string): Promise<void> {
  const db = open.get(userId);
  open.delete(userId);
  db?.close();
  await Dexie.delete(userDatabaseName(userId));
}
