import type Database from 'better-sqlite3';
import type {
  DeviceSessionRecord,
  SessionEndReason,
  SessionRepository,
  SessionTokenRecord,
} from '../store.ts';
import { toSession, toToken, type SessionRow, type TokenRow } from '../rows/session-rows.ts';

export class SqliteSessions implements SessionRepository {
  constructor(private readonly db: Database.Database) {}

  insertSession(s: DeviceSessionRecord): void {
    this.db
      .prepare(
        `INSERT INTO device_sessions
           (id, user_id, device_label, created_at, last_used_at, expires_at, ended_at, end_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.id,
        s.userId,
        s.deviceLabel,
        s.createdAt,
        s.lastUsedAt,
        s.expiresAt,
        s.endedAt,
        s.endReason,
      );
  }

  findSession(id: string): DeviceSessionRecord | undefined {
    const row = this.db.prepare('SELECT * FROM device_sessions WHERE id = ?').get(id) as
      SessionRow | undefined;
    return row && toSession(row);
  }

  listForUser(userId: string): DeviceSessionRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM device_sessions WHERE user_id = ? ORDER BY last_used_at DESC')
      .all(userId) as SessionRow[];
    return rows.map(toSession);
  }

  extend(id: string, lastUsedAt: number, expiresAt: number): void {
    this.db
      .prepare('UPDATE device_sessions SET last_used_at = ?, expires_at = ? WHERE id = ?')
      .run(lastUsedAt, expiresAt, id);
  }

  end(id: string, at: number, reason: SessionEndReason): void {
    this.db
      .prepare(
        'UPDATE device_sessions SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL',
      )
      .run(at, reason, id);
  }

  endAllForUser(userId: string, at: number, reason: SessionEndReason): number {
    return this.db
      .prepare(
        `UPDATE device_sessions SET ended_at = ?, end_reason = ?
         WHERE user_id = ? AND ended_at IS NULL`,
      )
      .run(at, reason, userId).changes;
  }

  insertToken(t: SessionTokenRecord): void {
    this.db
      .prepare(
        `INSERT INTO session_tokens
           (refresh_hash, session_id, access_hash, access_expires_at, refresh_expires_at,
            issued_at, rotated_at, superseded_at, parent_hash, device_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        t.refreshHash,
        t.sessionId,
        t.accessHash,
        t.accessExpiresAt,
        t.refreshExpiresAt,
        t.issuedAt,
        t.rotatedAt,
        t.supersededAt,
        t.parentHash,
        t.deviceId,
      );
  }

  findTokenByRefreshHash(hash: string): SessionTokenRecord | undefined {
    const row = this.db.prepare('SELECT * FROM session_tokens WHERE refresh_hash = ?').get(hash) as
      TokenRow | undefined;
    return row && toToken(row);
  }

  findTokenByAccessHash(hash: string): SessionTokenRecord | undefined {
    const row = this.db.prepare('SELECT * FROM session_tokens WHERE access_hash = ?').get(hash) as
      TokenRow | undefined;
    return row && toToken(row);
  }

  findLiveChild(parentHash: string): SessionTokenRecord | undefined {
    const row = this.db
      .prepare(
        'SELECT * FROM session_tokens WHERE parent_hash = ? AND superseded_at IS NULL LIMIT 1',
      )
      .get(parentHash) as TokenRow | undefined;
    return row && toToken(row);
  }

  markRotated(refreshHash: string, at: number): void {
    this.db
      .prepare('UPDATE session_tokens SET rotated_at = ? WHERE refresh_hash = ?')
      .run(at, refreshHash);
  }

  markSuperseded(refreshHash: string, at: number): void {
    this.db
      .prepare('UPDATE session_tokens SET superseded_at = ? WHERE refresh_hash = ?')
      .run(at, refreshHash);
  }
}
