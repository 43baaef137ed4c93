import type Database from 'better-sqlite3';
import type { AuditEntry, AuditRepository } from '../store.ts';

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

export class SqliteAudit implements AuditRepository {
  constructor(private readonly db: Database.Database) {}

  record(entry: AuditEntry): void {
    this.db
      .prepare(
        `INSERT INTO audit_log (at, actor_id, action, object_type, object_id, result, origin)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        entry.at,
        entry.actorId,
        entry.action,
        entry.objectType,
        entry.objectId,
        entry.result,
        entry.origin,
      );
  }

  list(limit: number): (AuditEntry & { id: number })[] {
    const rows = this.db
      .prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?')
      .all(limit) as AuditRow[];
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
