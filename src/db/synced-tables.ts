import {
  PUSHED_TABLES,
  RECORD_TABLES,
  type PushedTable,
  type RecordTable,
} from '../shared/sync-protocol/sync-tables.ts';

/** The record tables: the user's own data, searched and synced both ways. */
export const SYNCED_TABLES = RECORD_TABLES;
export type SyncedTable = RecordTable;

/** Every write to these tables gets an outbox entry: the records and conflict resolutions. */
export const OUTBOX_TABLES = PUSHED_TABLES;
export type OutboxTable = PushedTable;

/**
 * A change typed on this device that the server has not confirmed yet. The sync engine sends
 * these in `seq` order, numbering them with `mutationId` (1, 2, 3… per client id, the number
 * the server deduplicates by) just before the first send; it deletes one only when the
 * server reports its id processed.
 */
export interface OutboxEntry {
  seq?: number;
  /** Given once, on the first send, and kept for every retry. */
  mutationId?: number;
  table: OutboxTable;
  recordId: string;
  /** `create`: the whole new record; `patch`: only the fields that changed; `restore`: see sync-protocol. */
  kind: 'create' | 'patch' | 'restore';
  patch: Record<string, unknown>;
  /** The pull cursor when the change was typed: what this device had seen of others. */
  baseCursor: number;
  createdAt: number;
}

/**
 * Where our DBCore middlewares sit in Dexie's stack: below Dexie's hooks (level 2), whose
 * `put` path needs a Dexie transaction zone that our own awaits would lose, and above its
 * observability (level 0), so that liveQuery sees the outbox and index writes too.
 */
export const DATA_MIDDLEWARE_LEVEL = 1.5;
