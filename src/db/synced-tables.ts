/** The tables whose changes go to the server; every write to them gets an outbox entry. */
export const SYNCED_TABLES = [
  'organisations',
  'people',
  'visits',
  'initiatives',
  'actions',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/**
 * A change typed on this device that the server has not confirmed yet. The sync engine sends
 * these in `seq` order (the mutation id the server deduplicates by) and deletes one only when
 * the server reports it processed.
 */
export interface OutboxEntry {
  seq?: number;
  table: SyncedTable;
  recordId: string;
  /** `create`: the whole new record; `patch`: only the fields that changed. */
  kind: 'create' | 'patch';
  patch: Record<string, unknown>;
  createdAt: number;
}

/**
 * Where our DBCore middlewares sit in Dexie's stack: below Dexie's hooks (level 2), whose
 * `put` path needs a Dexie transaction zone that our own awaits would lose, and above its
 * observability (level 0), so that liveQuery sees the outbox and index writes too.
 */
export const DATA_MIDDLEWARE_LEVEL = 1.5;
