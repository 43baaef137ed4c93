import Dexie from 'dexie';
import { closeOnPurpose, watchForLoss } from './database-loss.ts';
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
const lossListeners = new Map<string, Set<() => void>>();

/** The account's database, created on first use with a new random client id. */
export async function openUserDatabase(userId: string): Promise<NoaberDatabase> {
  let db = open.get(userId);
  if (!db) {
    const opened = new NoaberDatabase(userDatabaseName(userId));
    watchForLoss(opened, () => {
      // The next open (after signing in again) makes a new database with a new client id.
      if (open.get(userId) === opened) open.delete(userId);
      for (const listener of lossListeners.get(userId) ?? []) listener();
    });
    open.set(userId, opened);
    db = opened;
  }
  await readSyncMeta(db);
  return db;
}

/**
 * Calls `listener` when this account's open database is deleted or taken by the browser
 * (database-loss.ts). Returns the function that stops listening.
 */
export function onUserDatabaseLost(userId: string, listener: () => void): () => void {
  const listeners = lossListeners.get(userId) ?? new Set();
  lossListeners.set(userId, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes typed on this device that the server has not confirmed yet. */
export async function countUnsentChanges(userId: string): Promise<number> {
  return (await openUserDatabase(userId)).outbox.count();
}

/** Deletes everything this account keeps on this device (sign-out, remote revoke). */
export async function wipeUserData(userId: string): Promise<void> {
  const db = open.get(userId);
  if (db) closeOnPurpose(db);
  open.delete(userId);
  await Dexie.delete(userDatabaseName(userId));
}
