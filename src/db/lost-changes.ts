import type { LostChanges } from '../shared/sync-protocol/sync-protocol.ts';
import type { NoaberDatabase } from './database.ts';
import { SYNC_META_KEYS } from './sync-meta.ts';

/**
 * The server's word that an earlier database in this browser was wiped before all its
 * changes arrived (PullResponse.lostChanges), kept until the user has read it.
 */
interface StoredLostChanges extends LostChanges {
  readAt: number | null;
}

/** Keeps the notice; the same notice again (every pull carries it) changes nothing. */
export async function rememberLostChanges(db: NoaberDatabase, notice: LostChanges): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(SYNC_META_KEYS.lostChanges);
    const known = stored?.value as StoredLostChanges | undefined;
    if (known?.lastContactAt === notice.lastContactAt && known.count === notice.count) return;
    await db.meta.put({ key: SYNC_META_KEYS.lostChanges, value: { ...notice, readAt: null } });
  });
}

/** The notice while the user has not read it yet. */
export async function unreadLostChanges(db: NoaberDatabase): Promise<LostChanges | null> {
  const stored = (await db.meta.get(SYNC_META_KEYS.lostChanges))?.value as
    StoredLostChanges | undefined;
  return stored && stored.readAt === null
    ? { count: stored.count, lastContactAt: stored.lastContactAt }
    : null;
}

export async function markLostChangesRead(db: NoaberDatabase, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const stored = (await db.meta.get(SYNC_META_KEYS.lostChanges))?.value as
      StoredLostChanges | undefined;
    if (stored)
      await db.meta.put({ key: SYNC_META_KEYS.lostChanges, value: { ...stored, readAt: now } });
  });
}
