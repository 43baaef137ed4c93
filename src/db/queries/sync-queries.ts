import type { NoaberDatabase } from '../database.ts';
import { unreadLostChanges } from '../lost-changes.ts';
import { readSyncStatus, type SyncStatus } from '../sync-meta.ts';
import type { OutboxEntry } from '../synced-tables.ts';
import type { LostChanges } from '../../shared/sync-protocol/sync-protocol.ts';
import type { Conflict, Rejection } from '../../shared/sync-protocol/sync-records.ts';

export interface SyncOverview {
  status: SyncStatus;
  unsent: number;
  openConflicts: number;
  rejections: number;
  /** Changes of a wiped database in this browser that never arrived, until read. */
  lostChanges: LostChanges | null;
}

/** What the status line shows: read live, so every tab sees the leader's progress. */
export async function syncOverview(db: NoaberDatabase, userId: string): Promise<SyncOverview> {
  const [status, unsent, openConflicts, rejections, lostChanges] = await Promise.all([
    readSyncStatus(db),
    db.outbox.count(),
    db.conflicts.filter((conflict) => conflict.resolvedAt === null).count(),
    db.rejections.filter((rejection) => rejection.authorId === userId).count(),
    unreadLostChanges(db),
  ]);
  return { status, unsent, openConflicts, rejections, lostChanges };
}

/** Open conflicts first, newest first; a teamleider sees everyone's, others their own. */
export async function conflictList(db: NoaberDatabase): Promise<Conflict[]> {
  const all = await db.conflicts.toArray();
  return all.sort(
    (a, b) =>
      Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null) || b.createdAt - a.createdAt,
  );
}

export async function myRejections(db: NoaberDatabase, userId: string): Promise<Rejection[]> {
  const mine = await db.rejections.filter((rejection) => rejection.authorId === userId).toArray();
  return mine.sort((a, b) => b.createdAt - a.createdAt);
}

/** A record's mark: a change still waiting to be sent, or one the server refused. */
export async function recordSyncMark(
  db: NoaberDatabase,
  recordId: string,
): Promise<'pending' | 'rejected' | null> {
  if ((await db.rejections.where('recordId').equals(recordId).count()) > 0) return 'rejected';
  if ((await db.outbox.where('recordId').equals(recordId).count()) > 0) return 'pending';
  return null;
}

/** Everything not yet sent, for "Niet-verzonden wijzigingen exporteren": the safety net. */
export function unsentChanges(db: NoaberDatabase): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('seq').toArray();
}
