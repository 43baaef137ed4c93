import type { NoaberDatabase } from './database.ts';
import { rememberCursor } from './sync-cursor.ts';

/**
 * The small part of the sync state the first screen needs: the client id and cursor (read
 * when the database opens) and the status line's facts. The rest of sync loads with the
 * sync engine, after the first screen.
 */
export const SYNC_META_KEYS = {
  clientId: 'clientId',
  cursor: 'syncCursor',
  epoch: 'syncEpoch',
  lastMutationId: 'lastMutationId',
  status: 'syncStatus',
  previousClientId: 'previousClientId',
  scope: 'syncScope',
  lostChanges: 'lostChanges',
} as const;

export interface SyncMeta {
  clientId: string;
  cursor: number;
  /** The server epoch this device synced with; null before the first pull. */
  epoch: string | null;
}

/** What the screens show about sync, kept in the database so every tab sees it. */
export interface SyncStatus {
  state: 'idle' | 'syncing' | 'failed';
  /** A reason code (network, session-ended, update-required…), mapped to words in the app. */
  failure: string | null;
  lastSuccessAt: number | null;
  /** Rows still to download on a first sync, for a progress bar. */
  remaining: number | null;
}

const NO_STATUS: SyncStatus = {
  state: 'idle',
  failure: null,
  lastSuccessAt: null,
  remaining: null,
};

export async function readSyncMeta(db: NoaberDatabase): Promise<SyncMeta> {
  return db.transaction('rw', db.meta, async () => {
    let clientId = (await db.meta.get(SYNC_META_KEYS.clientId))?.value as string | undefined;
    if (!clientId) {
      // A new database gets a new client id: the server then knows it starts from nothing.
      clientId = crypto.randomUUID();
      await db.meta.put({ key: SYNC_META_KEYS.clientId, value: clientId });
    }
    const cursor = ((await db.meta.get(SYNC_META_KEYS.cursor))?.value as number | undefined) ?? 0;
    const epoch = ((await db.meta.get(SYNC_META_KEYS.epoch))?.value as string | undefined) ?? null;
    rememberCursor(db.name, cursor);
    return { clientId, cursor, epoch };
  });
}

export async function readSyncStatus(db: NoaberDatabase): Promise<SyncStatus> {
  return ((await db.meta.get(SYNC_META_KEYS.status))?.value as SyncStatus | undefined) ?? NO_STATUS;
}

export async function updateSyncStatus(
  db: NoaberDatabase,
  change: Partial<SyncStatus>,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const status = await readSyncStatus(db);
    await db.meta.put({ key: SYNC_META_KEYS.status, value: { ...status, ...change } });
  });
}
