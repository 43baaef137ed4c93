import type { AuditEntry, AuditRepository, Async } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

interface AuditRow {
  id: number;
  at: number;
  actor_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: 'ok' | 'refused';
  origin: string | null;
}

export class PostgresAudit implements Async<AuditRepository> {
  constructor(private readonly db: PostgresDb) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db.run(
      `INSERT INTO audit_log (at, actor_id, action, object_type, object_id, result, origin)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.at,
        entry.actorId,
        entry.action,
        entry.objectType,
        entry.objectId,
        entry.result,
        entry.origin,
      ],
    );
  }

  async list(limit: number): Promise<(AuditEntry & { id: number })[]> {
    const rows = await this.db.rows<AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [
      limit,
    ]);
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      action: row.action,
      objectType: row.object_type,
      objectId: row.object_id,
      result: row.result,
      origin: row.origin,
    }));
  }
}
