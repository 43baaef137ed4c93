import type Database from 'better-sqlite3';
import type { QuarantineRecord, QuarantineRepository } from '../store.ts';
import { toQuarantineRecord, type QuarantineRow } from '../rows/quarantine-rows.ts';

/** quarantine (migration 10); statements prepared once. */
export class SqliteQuarantine implements QuarantineRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO quarantine (id, session_id, user_id, client_id, epoch, protocol,
                                 delivered_at, mutation_count, mutations)
         VALUES (@id, @sessionId, @userId, @clientId, @epoch, @protocolVersion,
                 @deliveredAt, @mutationCount, @mutations)`,
      ),
      find: db.prepare(`SELECT * FROM quarantine WHERE id = ?`),
      findBySession: db.prepare(`SELECT * FROM quarantine WHERE session_id = ?`),
      list: db.prepare(`SELECT * FROM quarantine ORDER BY delivered_at DESC LIMIT ?`),
      // A decision is made once: the WHERE keeps a second one from overwriting the first.
      decide: db.prepare(
        `UPDATE quarantine
         SET decided_at = @at, decided_by = @by, decision = @kind, applied = @applied,
             rejected = @rejected,
             mutations = CASE WHEN @kind = 'discarded' THEN '[]' ELSE mutations END
         WHERE id = @id AND decision IS NULL`,
      ),
      replaceMutations: db.prepare(`UPDATE quarantine SET mutations = ? WHERE id = ?`),
    };
  }

  insert(delivery: Omit<QuarantineRecord, 'decision' | 'outcome'>): void {
    this.statements.insert.run({ ...delivery, mutations: JSON.stringify(delivery.mutations) });
  }

  find(id: string): QuarantineRecord | undefined {
    const row = this.statements.find.get(id) as QuarantineRow | undefined;
    return row && toQuarantineRecord(row);
  }

  findBySession(sessionId: string): QuarantineRecord | undefined {
    const row = this.statements.findBySession.get(sessionId) as QuarantineRow | undefined;
    return row && toQuarantineRecord(row);
  }

  list(limit: number): QuarantineRecord[] {
    return (this.statements.list.all(limit) as QuarantineRow[]).map(toQuarantineRecord);
  }

  decide(
    id: string,
    decision: NonNullable<QuarantineRecord['decision']>,
    outcome: QuarantineRecord['outcome'],
  ): void {
    this.statements.decide.run({
      id,
      at: decision.at,
      by: decision.by,
      kind: decision.kind,
      applied: outcome?.applied ?? null,
      rejected: outcome?.rejected ?? null,
    });
  }

  replaceMutations(id: string, mutations: QuarantineRecord['mutations']): void {
    this.statements.replaceMutations.run(JSON.stringify(mutations), id);
  }
}
