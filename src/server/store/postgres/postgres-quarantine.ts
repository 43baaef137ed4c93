import type { Async, QuarantineRecord, QuarantineRepository } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

interface QuarantineRow {
  id: string;
  session_id: string;
  user_id: string;
  client_id: string;
  epoch: string | null;
  protocol: number;
  delivered_at: number;
  mutation_count: number;
  mutations: string;
  decided_at: number | null;
  decided_by: string | null;
  decision: 'accepted' | 'discarded' | null;
  applied: number | null;
  rejected: number | null;
}

const toRecord = (row: QuarantineRow): QuarantineRecord => ({
  id: row.id,
  sessionId: row.session_id,
  userId: row.user_id,
  clientId: row.client_id,
  epoch: row.epoch,
  protocolVersion: row.protocol,
  deliveredAt: row.delivered_at,
  mutationCount: row.mutation_count,
  mutations: JSON.parse(row.mutations) as QuarantineRecord['mutations'],
  decision:
    row.decision === null || row.decided_at === null || row.decided_by === null
      ? null
      : { kind: row.decision, at: row.decided_at, by: row.decided_by },
  outcome:
    row.applied === null || row.rejected === null
      ? null
      : { applied: row.applied, rejected: row.rejected },
});

export class PostgresQuarantine implements Async<QuarantineRepository> {
  constructor(private readonly db: PostgresDb) {}

  async insert(delivery: Omit<QuarantineRecord, 'decision' | 'outcome'>): Promise<void> {
    await this.db.run(
      `INSERT INTO quarantine (id, session_id, user_id, client_id, epoch, protocol,
                               delivered_at, mutation_count, mutations)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        delivery.id,
        delivery.sessionId,
        delivery.userId,
        delivery.clientId,
        delivery.epoch,
        delivery.protocolVersion,
        delivery.deliveredAt,
        delivery.mutationCount,
        JSON.stringify(delivery.mutations),
      ],
    );
  }

  async find(id: string): Promise<QuarantineRecord | undefined> {
    const row = await this.db.row<QuarantineRow>('SELECT * FROM quarantine WHERE id = $1', [id]);
    return row && toRecord(row);
  }

  async findBySession(sessionId: string): Promise<QuarantineRecord | undefined> {
    const row = await this.db.row<QuarantineRow>('SELECT * FROM quarantine WHERE session_id = $1', [
      sessionId,
    ]);
    return row && toRecord(row);
  }

  async list(limit: number): Promise<QuarantineRecord[]> {
    const rows = await this.db.rows<QuarantineRow>(
      'SELECT * FROM quarantine ORDER BY delivered_at DESC LIMIT $1',
      [limit],
    );
    return rows.map(toRecord);
  }

  async decide(
    id: string,
    decision: NonNullable<QuarantineRecord['decision']>,
    outcome: QuarantineRecord['outcome'],
  ): Promise<void> {
    // A decision is made once: the WHERE keeps a second one from overwriting the first.
    await this.db.run(
      `UPDATE quarantine
       SET decided_at = $2, decided_by = $3, decision = $4, applied = $5, rejected = $6,
           mutations = CASE WHEN $4 = 'discarded' THEN '[]' ELSE mutations END
       WHERE id = $1 AND decision IS NULL`,
      [
        id,
        decision.at,
        decision.by,
        decision.kind,
        outcome?.applied ?? null,
        outcome?.rejected ?? null,
      ],
    );
  }

  async replaceMutations(id: string, mutations: QuarantineRecord['mutations']): Promise<void> {
    await this.db.run(`UPDATE quarantine SET mutations = $1 WHERE id = $2`, [
      JSON.stringify(mutations),
      id,
    ]);
  }
}
