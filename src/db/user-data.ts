import Dexie from 'dexie';
import { NoaberDatabase } from './database.ts';
import { readSyncMeta } from './sync-state.ts';

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

/** Changes typed on this device that the server has not confirmed yet. */
export async function countUnsentChanges(userId: string): Promise<number> {
  return (await openUserDatabase(userId)).outbox.count();
}

/** Deletes everything this account keeps on this device (sign-out, remote revoke). */
export async function wipeUserData(userId: string): Promise<void> {
  open.get(userId)?.close();
  open.delete(userId);
  await Dexie.delete(userDatabaseName(userId));
}
