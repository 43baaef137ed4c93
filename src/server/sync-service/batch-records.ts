import type { PulledTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { RecordKey, Store, SyncRecordRow } from '../store/store.ts';

/**
 * The records one push batch reads and writes. Reads: fetched in one query up front instead
 * of one per mutation. Writes: held until the batch is done, then written together (few
 * statements instead of one per row); until then the batch reads its own writes from here.
 * A record written twice in a batch is stored once, in its last version. Lives inside the
 * batch's transaction only, and `flush` must run before that transaction commits.
 */
export class BatchRecords {
  /**
   * Per table, id → the stored row; null: known to be absent; no entry: ask the store. Keyed
   * by the id strings themselves (no joined key to build and hash per lookup).
   */
  private readonly known = new Map<PulledTable, Map<string, SyncRecordRow | null>>();
  /** Per table, id → the row as the batch last wrote it. */
  private readonly written = new Map<PulledTable, Map<string, SyncRecordRow>>();

  constructor(private readonly store: Store) {}

  /** Reads the rows of these keys in one query per table. */
  preload(keys: readonly RecordKey[]): void {
    const wanted: RecordKey[] = [];
    for (const key of keys) {
      const ofTable = inner(this.known, key.table);
      if (ofTable.has(key.id)) continue;
      ofTable.set(key.id, null);
      wanted.push(key);
    }
    for (const row of this.store.sync.findRecords(wanted)) {
      inner(this.known, row.table).set(row.id, row);
    }
  }

  find(table: PulledTable, id: string): SyncRecordRow | undefined {
    const own = this.written.get(table)?.get(id);
    if (own) return own;
    const row = this.known.get(table)?.get(id);
    if (row !== undefined) return row ?? undefined;
    const stored = this.store.sync.findRecord(table, id);
    inner(this.known, table).set(id, stored ?? null);
    return stored;
  }

  put(row: SyncRecordRow): void {
    inner(this.written, row.table).set(row.id, row);
  }

  /** Gives a record a new seq unchanged, so that every device pulls it again. */
  restamp(table: PulledTable, id: string, seq: number): void {
    const row = this.find(table, id);
    if (row) this.put({ ...row, seq });
  }

  /** Writes what the batch wrote to the store. */
  flush(): void {
    const rows: SyncRecordRow[] = [];
    for (const ofTable of this.written.values()) rows.push(...ofTable.values());
    this.store.sync.putRecords(rows);
    this.written.clear();
  }
}

function inner<V>(outer: Map<PulledTable, Map<string, V>>, table: PulledTable): Map<string, V> {
  let ofTable = outer.get(table);
  if (!ofTable) {
    ofTable = new Map();
    outer.set(table, ofTable);
  }
  return ofTable;
}
