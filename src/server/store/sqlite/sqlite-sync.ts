import type Database from 'better-sqlite3';
import type { PulledTable } from '../../../shared/sync-protocol/sync-tables.ts';
import type {
  FieldWrite,
  RecordKey,
  SyncClientRecord,
  SyncRecordRow,
  SyncRepository,
} from '../store.ts';

interface RecordRow {
  table_name: string;
  record_id: string;
  seq: number;
  data: string;
  field_writes: string;
  scope: string;
  deleted: number;
}

const RECORD_COLUMNS = '(table_name, record_id, seq, data, field_writes, scope, deleted)';
const RECORD_VALUES = '(?, ?, ?, ?, ?, ?, ?)';
/** Rows per INSERT statement: one statement call per row cost a push a tenth of its time. */
const ROWS_PER_INSERT = 100;

/**
 * The sync tables. Statements are prepared once: a push applies hundreds of mutations in one
 * transaction, and preparing per call would cost more than the writes.
 */
export class SqliteSync implements SyncRepository {
  private readonly statements;
  /** One page read in one read transaction: its statements see the same rows. */
  private readonly readPage;

  constructor(db: Database.Database) {
    this.statements = {
      findClient: db.prepare(
        `SELECT client_id, user_id, last_mutation_id FROM sync_clients WHERE client_id = ?`,
      ),
      saveClient: db.prepare(
        `INSERT INTO sync_clients (client_id, user_id, last_mutation_id, created_at, last_seen_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (client_id) DO UPDATE
           SET last_mutation_id = excluded.last_mutation_id, last_seen_at = excluded.last_seen_at`,
      ),
      lastSeq: db.prepare(`SELECT coalesce(max(seq), 0) AS seq FROM sync_records`),
      findRecord: db.prepare(`SELECT * FROM sync_records WHERE table_name = ? AND record_id = ?`),
      // The ids of one table come as one JSON list; each is looked up by the unique index.
      findRecords: db.prepare(
        `SELECT * FROM sync_records
         WHERE table_name = ? AND record_id IN (SELECT value FROM json_each(?))`,
      ),
      putManyRecords: db.prepare(putRecordsSql(ROWS_PER_INSERT)),
      putRecord: db.prepare(putRecordsSql(1)),
      insertRejection: db.prepare(
        `INSERT OR IGNORE INTO sync_rejections (client_id, mutation_id, reason) VALUES (?, ?, ?)`,
      ),
      rejectionsBetween: db.prepare(
        `SELECT mutation_id AS mutationId, reason FROM sync_rejections
         WHERE client_id = ? AND mutation_id BETWEEN ? AND ? ORDER BY mutation_id`,
      ),
      pageAll: db.prepare(`SELECT * FROM sync_records r WHERE seq > ? ORDER BY seq LIMIT ?`),
      countAll: db.prepare(`SELECT count(*) AS n FROM sync_records r WHERE seq > ?`),
      // A scoped pull reads the scope index (migration 8), never the whole table: per key the
      // first seqs after the cursor, then those rows by seq.
      seqsOfKey: db
        .prepare(
          `SELECT seq FROM sync_record_scope WHERE scope_key = ? AND seq > ? ORDER BY seq LIMIT ?`,
        )
        .pluck(),
      rowsBySeq: db.prepare(
        `SELECT * FROM sync_records WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq`,
      ),
      countScoped: db.prepare(
        `SELECT count(DISTINCT seq) AS n FROM sync_record_scope
         WHERE scope_key IN (SELECT value FROM json_each(?)) AND seq > ?`,
      ),
    };
    this.readPage = db.transaction(
      (cursor: number, scopeKeys: string[] | null, limit: number, countRemaining: boolean) =>
        this.page(cursor, scopeKeys, limit, countRemaining),
    );
  }

  findClient(clientId: string): SyncClientRecord | undefined {
    const row = this.statements.findClient.get(clientId) as
      { client_id: string; user_id: string; last_mutation_id: number } | undefined;
    return row
      ? { clientId: row.client_id, userId: row.user_id, lastMutationId: row.last_mutation_id }
      : undefined;
  }

  saveClient(client: SyncClientRecord, at: number): void {
    this.statements.saveClient.run(client.clientId, client.userId, client.lastMutationId, at, at);
  }

  lastSeq(): number {
    return (this.statements.lastSeq.get() as { seq: number }).seq;
  }

  findRecord(table: PulledTable, id: string): SyncRecordRow | undefined {
    const row = this.statements.findRecord.get(table, id) as RecordRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  findRecords(keys: readonly RecordKey[]): SyncRecordRow[] {
    const idsByTable = new Map<PulledTable, string[]>();
    for (const { table, id } of keys) {
      const ids = idsByTable.get(table);
      if (ids) ids.push(id);
      else idsByTable.set(table, [id]);
    }
    const rows: SyncRecordRow[] = [];
    for (const [table, ids] of idsByTable) {
      const found = this.statements.findRecords.all(table, JSON.stringify(ids)) as RecordRow[];
      for (const row of found) rows.push(fromRow(row));
    }
    return rows;
  }

  putRecords(rows: readonly SyncRecordRow[]): void {
    for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
      const slice = rows.slice(from, from + ROWS_PER_INSERT);
      // A full slice in one statement; the rest (under a hundred) one row per statement.
      if (slice.length === ROWS_PER_INSERT) {
        this.statements.putManyRecords.run(slice.flatMap(recordValues));
      } else {
        for (const row of slice) this.statements.putRecord.run(recordValues(row));
      }
    }
  }

  insertRejection(clientId: string, mutationId: number, reason: string): void {
    this.statements.insertRejection.run(clientId, mutationId, reason);
  }

  rejectionsBetween(clientId: string, fromId: number, toId: number) {
    return this.statements.rejectionsBetween.all(clientId, fromId, toId) as {
      mutationId: number;
      reason: string;
    }[];
  }

  pullPage(cursor: number, scopeKeys: string[] | null, limit: number, countRemaining = false) {
    return this.readPage(cursor, scopeKeys, limit, countRemaining);
  }

  private page(cursor: number, scopeKeys: string[] | null, limit: number, countRemaining: boolean) {
    // One row more than the page tells whether another page follows, without counting.
    const fetched = (
      scopeKeys === null
        ? this.statements.pageAll.all(cursor, limit + 1)
        : this.statements.rowsBySeq.all(
            JSON.stringify(this.firstReadable(cursor, scopeKeys, limit + 1)),
          )
    ) as RecordRow[];
    const rows = fetched.slice(0, limit);
    const hasMore = fetched.length > limit;
    let remaining: number | null = null;
    if (countRemaining) {
      const last = rows.at(-1)?.seq ?? cursor;
      remaining = (
        (scopeKeys === null
          ? this.statements.countAll.get(last)
          : this.statements.countScoped.get(JSON.stringify(scopeKeys), last)) as { n: number }
      ).n;
    }
    return { rows: rows.map(fromRow), hasMore, remaining };
  }

  /**
   * The first `count` seqs after `cursor` that any of `keys` may read, ascending, each once.
   * Each of them is among the first `count` of its own key, so taking that many per key and
   * merging finds them all: the cost follows the page size, not the table or the readable rows.
   */
  private firstReadable(cursor: number, keys: readonly string[], count: number): number[] {
    const seqs = new Set<number>();
    for (const key of new Set(keys)) {
      for (const seq of this.statements.seqsOfKey.all(key, cursor, count) as number[]) {
        seqs.add(seq);
      }
    }
    return [...seqs].sort((a, b) => a - b).slice(0, count);
  }
}

/** An upsert of `count` rows: a row that exists (same table and id) is replaced. */
function putRecordsSql(count: number): string {
  return `INSERT INTO sync_records ${RECORD_COLUMNS}
    VALUES ${Array.from({ length: count }, () => RECORD_VALUES).join(', ')}
    ON CONFLICT (table_name, record_id) DO UPDATE
      SET seq = excluded.seq, data = excluded.data, field_writes = excluded.field_writes,
          scope = excluded.scope, deleted = excluded.deleted`;
}

/** A row's values, in RECORD_COLUMNS order. */
function recordValues(row: SyncRecordRow): unknown[] {
  return [
    row.table,
    row.id,
    row.seq,
    JSON.stringify(row.data),
    JSON.stringify(row.fieldWrites),
    // Each key once: the scope index (migration 8) holds one entry per key and seq.
    JSON.stringify(row.scope.length > 1 ? [...new Set(row.scope)] : row.scope),
    row.deleted ? 1 : 0,
  ];
}

function fromRow(row: RecordRow): SyncRecordRow {
  return {
    table: row.table_name as PulledTable,
    id: row.record_id,
    seq: row.seq,
    data: JSON.parse(row.data) as Record<string, unknown>,
    fieldWrites: JSON.parse(row.field_writes) as FieldWrite[],
    scope: JSON.parse(row.scope) as string[],
    deleted: row.deleted === 1,
  };
}
