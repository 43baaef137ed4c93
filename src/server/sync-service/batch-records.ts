import type { PulledTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { RecordKey, Store, SyncRecordRow } from '../store/store.ts';

/**
 * The records one push batch reads, fetched in one query up front instead of one per
 * mutation. A row the batch writes is forgotten, so that a later mutation of the batch reads
 * it back from the store (the write is visible inside the transaction): the rows written are
 * not kept alive for the rest of the batch, which would cost more in garbage collection than
 * the rare second read. Every write of the batch goes through it (put, restamp), else it
 * would go stale. It lives inside the batch's transaction only.
 */
export class BatchRecords {
  /**
   * Per table, id → the stored row; null: known to be absent; no entry: ask the store. Keyed
   * by the id strings themselves (no joined key to build and hash per lookup).
   */
  private readonly known = new Map<PulledTable, Map<string, SyncRecordRow | null>>();

  constructor(private readonly store: Store) {}

  /** Reads the rows of these keys in one query per table. */
  preload(keys: readonly RecordKey[]): void {
    const wanted: RecordKey[] = [];
    for (const key of keys) {
      const ofTable = this.ofTable(key.table);
      if (ofTable.has(key.id)) continue;
      ofTable.set(key.id, null);
      wanted.push(key);
    }
    for (const row of this.store.sync.findRecords(wanted)) this.ofTable(row.table).set(row.id, row);
  }

  find(table: PulledTable, id: string): SyncRecordRow | undefined {
    const row = this.known.get(table)?.get(id);
    return row === undefined ? this.store.sync.findRecord(table, id) : (row ?? undefined);
  }

  put(row: SyncRecordRow): void {
    this.store.sync.putRecord(row);
    this.known.get(row.table)?.delete(row.id);
  }

  /** Gives a stored row a new seq (see SyncRepository.restamp). */
  restamp(table: PulledTable, id: string, seq: number): void {
    this.store.sync.restamp(table, id, seq);
    this.known.get(table)?.delete(id);
  }

  private ofTable(table: PulledTable): Map<string, SyncRecordRow | null> {
    let ofTable = this.known.get(table);
    if (!ofTable) {
      ofTable = new Map();
      this.known.set(table, ofTable);
    }
    return ofTable;
  }
}
