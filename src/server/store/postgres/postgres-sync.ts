import type { PulledTable } from '../../../shared/sync-protocol/sync-tables.ts';
import type {
  Async,
  FieldWrite,
  RecordKey,
  SyncClientRecord,
  SyncRecordRow,
  SyncRepository,
} from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

interface RecordRow {
  table_name: string;
  record_id: string;
  seq: number;
  data: string;
  field_writes: string;
  scope: string;
  deleted: boolean;
}

const RECORD_COLUMNS = 'seq, table_name, record_id, data, field_writes, scope, deleted';

/**
 * The sync tables, as sqlite-sync.ts. A batch of rows travels as one array per column and is
 * written by one statement (unnest), however many rows: one round trip per push.
 */
export class PostgresSync implements Async<SyncRepository> {
  constructor(private readonly db: PostgresDb) {}

  async findClient(clientId: string): Promise<SyncClientRecord | undefined> {
    const row = await this.db.row<SyncClientRecord>(
      `SELECT client_id AS "clientId", user_id AS "userId", last_mutation_id AS "lastMutationId"
       FROM sync_clients WHERE client_id = $1`,
      [clientId],
    );
    return (
      row && { clientId: row.clientId, userId: row.userId, lastMutationId: row.lastMutationId }
    );
  }

  async saveClient(client: SyncClientRecord, at: number): Promise<void> {
    await this.db.run(
      `INSERT INTO sync_clients (client_id, user_id, last_mutation_id, created_at, last_seen_at)
       VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (client_id) DO UPDATE
         SET last_mutation_id = excluded.last_mutation_id, last_seen_at = excluded.last_seen_at`,
      [client.clientId, client.userId, client.lastMutationId, at],
    );
  }

  /**
   * Seqs are handed out as lastSeq() + 1…, inside a store transaction. Every store
   * transaction holds the store's lock until it commits (postgres-store.ts), so seqs become
   * visible in the order they were handed out: a pull never passes a seq that commits later.
   */
  async lastSeq(): Promise<number> {
    return (
      (await this.db.row<{ seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM sync_records'))
        ?.seq ?? 0
    );
  }

  async findRecord(table: PulledTable, id: string): Promise<SyncRecordRow | undefined> {
    const row = await this.db.row<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM sync_records WHERE table_name = $1 AND record_id = $2`,
      [table, id],
    );
    return row && fromRow(row);
  }

  async findRecords(keys: readonly RecordKey[]): Promise<SyncRecordRow[]> {
    const unique = new Map<string, RecordKey>();
    for (const key of keys) unique.set(`${key.table}\u0000${key.id}`, key);
    if (unique.size === 0) return [];
    const wanted = [...unique.values()];
    const rows = await this.db.rows<RecordRow>(
      `SELECT r.seq, r.table_name, r.record_id, r.data, r.field_writes, r.scope, r.deleted
       FROM unnest($1::text[], $2::text[]) AS k(table_name, record_id)
       JOIN sync_records AS r USING (table_name, record_id)`,
      [wanted.map((key) => key.table), wanted.map((key) => key.id)],
    );
    return rows.map(fromRow);
  }

  async putRecords(rows: readonly SyncRecordRow[]): Promise<void> {
    // One statement may not touch a row twice: the last version of a record wins, as the
    // SQLite store's successive upserts would leave it.
    const last = new Map<string, SyncRecordRow>();
    for (const row of rows) last.set(`${row.table}\u0000${row.id}`, row);
    if (last.size === 0) return;
    const batch = [...last.values()];
    await this.db.run(
      `INSERT INTO sync_records (${RECORD_COLUMNS})
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[],
                            $6::text[], $7::boolean[])
       ON CONFLICT (table_name, record_id) DO UPDATE
         SET seq = excluded.seq, data = excluded.data, field_writes = excluded.field_writes,
             scope = excluded.scope, deleted = excluded.deleted`,
      [
        batch.map((row) => row.seq),
        batch.map((row) => row.table),
        batch.map((row) => row.id),
        batch.map((row) => JSON.stringify(row.data)),
        batch.map((row) => JSON.stringify(row.fieldWrites)),
        // Each key once: the scope index holds one entry per key and seq.
        batch.map((row) =>
          JSON.stringify(row.scope.length > 1 ? [...new Set(row.scope)] : row.scope),
        ),
        batch.map((row) => row.deleted),
      ],
    );
  }

  async insertRejection(clientId: string, mutationId: number, reason: string): Promise<void> {
    await this.db.run(
      `INSERT INTO sync_rejections (client_id, mutation_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [clientId, mutationId, reason],
    );
  }

  rejectionsBetween(clientId: string, fromId: number, toId: number) {
    return this.db.rows<{ mutationId: number; reason: string }>(
      `SELECT mutation_id AS "mutationId", reason FROM sync_rejections
       WHERE client_id = $1 AND mutation_id BETWEEN $2 AND $3 ORDER BY mutation_id`,
      [clientId, fromId, toId],
    );
  }

  /** A page and its count read one snapshot, as one read transaction does in SQLite. */
  pullPage(cursor: number, scopeKeys: string[] | null, limit: number, countRemaining = false) {
    return countRemaining
      ? this.db.snapshot(() => this.page(cursor, scopeKeys, limit, true))
      : this.page(cursor, scopeKeys, limit, false);
  }

  private async page(
    cursor: number,
    scopeKeys: string[] | null,
    limit: number,
    countRemaining: boolean,
  ) {
    const keys = scopeKeys === null ? null : [...new Set(scopeKeys)];
    // One row more than the page tells whether another page follows, without counting.
    const fetched =
      keys === null
        ? await this.db.rows<RecordRow>(
            `SELECT ${RECORD_COLUMNS} FROM sync_records WHERE seq > $1 ORDER BY seq LIMIT $2`,
            [cursor, limit + 1],
          )
        : await this.db.rows<RecordRow>(
            // Per key the first seqs after the cursor (the scope index, never the whole
            // table), merged: each of the first n readable seqs is among the first n of its
            // own key, so the cost follows the page size and the number of keys.
            `SELECT ${RECORD_COLUMNS} FROM sync_records
             WHERE seq IN (
               SELECT DISTINCT s.seq
               FROM unnest($2::text[]) AS k(key)
               CROSS JOIN LATERAL (
                 SELECT seq FROM sync_record_scope
                 WHERE scope_key = k.key AND seq > $1 ORDER BY seq LIMIT $3
               ) AS s
               ORDER BY s.seq LIMIT $3
             )
             ORDER BY seq`,
            [cursor, keys, limit + 1],
          );
    const rows = fetched.slice(0, limit);
    const hasMore = fetched.length > limit;
    let remaining: number | null = null;
    if (countRemaining) {
      const after = rows.at(-1)?.seq ?? cursor;
      const counted =
        keys === null
          ? await this.db.row<{ n: number }>(
              'SELECT count(*) AS n FROM sync_records WHERE seq > $1',
              [after],
            )
          : await this.db.row<{ n: number }>(
              `SELECT count(DISTINCT seq) AS n FROM sync_record_scope
               WHERE scope_key = ANY($1::text[]) AND seq > $2`,
              [keys, after],
            );
      remaining = counted?.n ?? 0;
    }
    return { rows: rows.map(fromRow), hasMore, remaining };
  }
}

function fromRow(row: RecordRow): SyncRecordRow {
  return {
    table: row.table_name as PulledTable,
    id: row.record_id,
    seq: row.seq,
    data: JSON.parse(row.data) as Record<string, unknown>,
    fieldWrites: JSON.parse(row.field_writes) as FieldWrite[],
    scope: JSON.parse(row.scope) as string[],
    deleted: row.deleted,
  };
}
