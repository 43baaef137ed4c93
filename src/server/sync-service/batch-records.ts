import type { PulledTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { RecordKey, Store, SyncRecordRow } from '../store/store.ts';

/**
 * The records one push batch reads and writes. Reads: fetched in one query up front instead
 * of one per mutation. Writes: held until the batch is done, then written together (few
 * statements instead of one per row); until then the batch reads its own writes from here.
 * A record written twice in a batch is stored once, in its last version. Lives inside the
 * batch's transaction only, and `flush` must run before that transaction commits.
 *
 * The permission model is pure and synchronous: it asks for the kern of an action's visit or
 * initiative (`loaded`) without waiting for the store. So `preload` also loads what the
 * loaded actions link to, and `loaded` refuses, loudly, a record nobody loaded: a silent
 * "absent" there would place an action in no kern.
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

  /**
   * Reads the rows of these keys in one query, then (one more) the visits and initiatives
   * that the loaded actions follow up.
   */
  async preload(keys: readonly RecordKey[]): Promise<void> {
    const loaded = await this.load(keys);
    await this.load(loaded.flatMap((row) => linksOf(row.table, row.data)));
  }

  private async load(keys: readonly RecordKey[]): Promise<SyncRecordRow[]> {
    const wanted: RecordKey[] = [];
    for (const key of keys) {
      const ofTable = inner(this.known, key.table);
      if (ofTable.has(key.id)) continue;
      ofTable.set(key.id, null);
      wanted.push(key);
    }
    if (wanted.length === 0) return [];
    const rows = await this.store.sync.findRecords(wanted);
    for (const row of rows) inner(this.known, row.table).set(row.id, row);
    return rows;
  }

  /** A record as the batch knows it (its own write first); it must have been loaded. */
  loaded(table: PulledTable, id: string): SyncRecordRow | undefined {
    const own = this.written.get(table)?.get(id);
    if (own) return own;
    const row = this.known.get(table)?.get(id);
    if (row === undefined) throw new Error(`${table} ${id} was read before it was loaded`);
    return row ?? undefined;
  }

  async find(table: PulledTable, id: string): Promise<SyncRecordRow | undefined> {
    const own = this.written.get(table)?.get(id);
    if (own) return own;
    const row = this.known.get(table)?.get(id);
    if (row !== undefined) return row ?? undefined;
    const stored = await this.store.sync.findRecord(table, id);
    inner(this.known, table).set(id, stored ?? null);
    return stored;
  }

  put(row: SyncRecordRow): void {
    inner(this.written, row.table).set(row.id, row);
  }

  /** Gives a record a new seq unchanged, so that every device pulls it again. */
  async restamp(table: PulledTable, id: string, seq: number): Promise<void> {
    const row = await this.find(table, id);
    if (row) this.put({ ...row, seq });
  }

  /** Writes what the batch wrote to the store. */
  async flush(): Promise<void> {
    const rows: SyncRecordRow[] = [];
    for (const ofTable of this.written.values()) rows.push(...ofTable.values());
    await this.store.sync.putRecords(rows);
    this.written.clear();
  }
}

/** The records a record's kern is read from: an action's visit and initiative. */
export function linksOf(table: PulledTable, data: Readonly<Record<string, unknown>>): RecordKey[] {
  if (table !== 'actions') return [];
  const keys: RecordKey[] = [];
  if (typeof data['visitId'] === 'string') keys.push({ table: 'visits', id: data['visitId'] });
  if (typeof data['initiativeId'] === 'string') {
    keys.push({ table: 'initiatives', id: data['initiativeId'] });
  }
  return keys;
}

function inner<V>(outer: Map<PulledTable, Map<string, V>>, table: PulledTable): Map<string, V> {
  let ofTable = outer.get(table);
  if (!ofTable) {
    ofTable = new Map();
    outer.set(table, ofTable);
  }
  return ofTable;
}
