import type { Async, QuarantineRecord, QuarantineRepository } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';
import { toQuarantineRecord, type QuarantineRow } from '../rows/quarantine-rows.ts';

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
    return row && toQuarantineRecord(row);
  }

  async findBySession(sessionId: string): Promise<QuarantineRecord | undefined> {
    const row = await this.db.row<QuarantineRow>('SELECT * FROM quarantine WHERE session_id = $1', [
      sessionId,
    ]);
    return row && toQuarantineRecord(row);
  }

  async list(limit: number): Promise<QuarantineRecord[]> {
    const rows = await this.db.rows<QuarantineRow>(
      'SELECT * FROM quarantine ORDER BY delivered_at DESC LIMIT $1',
      [limit],
    );
    return rows.map(toQuarantineRecord);
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
