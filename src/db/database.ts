import Dexie, { type Table } from 'dexie';

/**
 * A change typed on this device that the server has not confirmed yet. The sync engine sends
 * these in `seq` order and deletes one only when the server reports it processed.
 */
export interface OutboxEntry {
  /** Order of the changes on this device: the mutation id the server deduplicates by. */
  seq?: number;
  table: string;
  recordId: string;
  /** Field-level change, so that edits to different fields merge. */
  patch: Record<string, unknown>;
  createdAt: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * One account's local database. Every `version(n)` stays in this class for as long as an
 * installed client may still hold version n-1; later versions are appended, never edited.
 */
export class NoaberDatabase extends Dexie {
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaEntry, string>;

  constructor(name: string) {
    // 'strict': a write is on disk when its transaction completes, so a save that the screen
    // confirmed survives a crash or a flat battery right after.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      outbox: '++seq, table, recordId',
      meta: 'key',
    });
  }
}
