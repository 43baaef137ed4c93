import type { NoaberDatabase } from '../db/database.ts';
import { updateSyncStatus } from '../db/sync-meta.ts';
import { ApiError, type FailureReason } from './api-client.ts';
import { syncOnce, type SyncTransport } from './sync-engine.ts';

/** Failures that waiting will not fix: the user must act (sign in, update the app). */
const NEEDS_USER: ReadonlySet<FailureReason> = new Set([
  'session-ended',
  'session-revoked',
  'unauthorized',
  'update-required',
]);

export function needsUser(reason: FailureReason): boolean {
  return NEEDS_USER.has(reason);
}

/**
 * One sync run that keeps the status every tab shows up to date: syncing (with the rows
 * still to download), then idle with the time of this success, or failed with the reason.
 * Tabs and the service worker both sync through this, so the status line means the same
 * whoever ran. Returns the failure's reason code, or null when the run succeeded.
 */
export async function syncAndRecordStatus(
  db: NoaberDatabase,
  transport: SyncTransport,
): Promise<FailureReason | null> {
  await updateSyncStatus(db, { state: 'syncing' });
  try {
    await syncOnce(db, transport, {
      onProgress: (remaining) => void updateSyncStatus(db, { remaining }),
    });
  } catch (error) {
    const reason = error instanceof ApiError ? error.reason : 'internal';
    // A revoked session wiped this account's database: there is no status left to write.
    if (reason !== 'session-revoked') {
      await updateSyncStatus(db, { state: 'failed', failure: reason, remaining: null });
    }
    return reason;
  }
  await updateSyncStatus(db, {
    state: 'idle',
    failure: null,
    lastSuccessAt: Date.now(),
    remaining: null,
  });
  return null;
}
