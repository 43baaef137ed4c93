import type Database from 'better-sqlite3';
import type {
  DeviceSessionRecord,
  SessionEndReason,
  SessionRepository,
  SessionTokenRecord,
} from '../store.ts';

interface SessionRow {
  id: string;
  user_id: string;
  device_label: string;
  created_at: number;
  last_used_at: number;
  expires_at: number;
  ended_at: number | null;
  end_reason: SessionEndReason | null;
}

interface TokenRow {
  refresh_hash: string;
  session_id: string;
  access_hash: string;
  access_expires_at: number;
  refresh_expires_at: number;
  issued_at: number;
  rotated_at: number | null;
  superseded_at: number | null;
  parent_hash: string | null;
  device_id: string | null;
}

const toSession = (row: SessionRow): DeviceSessionRecord => ({
  id: row.id,
  userId: row.user_id,
  deviceLabel: row.device_label,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
  endedAt: row.ended_at,
  endReason: row.end_reason,
});

const toToken = (row: TokenRow): SessionTokenRecord => ({
  refreshHash: row.refresh_hash,
  sessionId: row.session_id,
  accessHash: row.access_hash,
  accessExpiresAt: row.access_expires_at,
  refreshExpiresAt: row.refresh_expires_at,
  issuedAt: row.issued_at,
  rotatedAt: row.rotated_at,
  supersededAt: row.superseded_at,
  parentHash: row.parent_hash,
  deviceId: row.device_id,
});

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
