import type {
  Async,
  DeviceSessionRecord,
  SessionEndReason,
  SessionRepository,
  SessionTokenRecord,
} from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

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

export class PostgresSessions implements Async<SessionRepository> {
  constructor(private readonly db: PostgresDb) {}

  async insertSession(s: DeviceSessionRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO device_sessions
         (id, user_id, device_label, created_at, last_used_at, expires_at, ended_at, end_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        s.id,
        s.userId,
        s.deviceLabel,
        s.createdAt,
        s.lastUsedAt,
        s.expiresAt,
        s.endedAt,
        s.endReason,
      ],
    );
  }

  async findSession(id: string): Promise<DeviceSessionRecord | undefined> {
    const row = await this.db.row<SessionRow>('SELECT * FROM device_sessions WHERE id = $1', [id]);
    return row && toSession(row);
  }

  async listForUser(userId: string): Promise<DeviceSessionRecord[]> {
    const rows = await this.db.rows<SessionRow>(
      'SELECT * FROM device_sessions WHERE user_id = $1 ORDER BY last_used_at DESC',
      [userId],
    );
    return rows.map(toSession);
  }

  async extend(id: string, lastUsedAt: number, expiresAt: number): Promise<void> {
    await this.db.run(
      'UPDATE device_sessions SET last_used_at = $1, expires_at = $2 WHERE id = $3',
      [lastUsedAt, expiresAt, id],
    );
  }

  async end(id: string, at: number, reason: SessionEndReason): Promise<void> {
    await this.db.run(
      `UPDATE device_sessions SET ended_at = $1, end_reason = $2
       WHERE id = $3 AND ended_at IS NULL`,
      [at, reason, id],
    );
  }

  endAllForUser(userId: string, at: number, reason: SessionEndReason): Promise<number> {
    return this.db.run(
      `UPDATE device_sessions SET ended_at = $1, end_reason = $2
       WHERE user_id = $3 AND ended_at IS NULL`,
      [at, reason, userId],
    );
  }

  async insertToken(t: SessionTokenRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO session_tokens
         (refresh_hash, session_id, access_hash, access_expires_at, refresh_expires_at,
          issued_at, rotated_at, superseded_at, parent_hash, device_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
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
      ],
    );
  }

  async findTokenByRefreshHash(hash: string): Promise<SessionTokenRecord | undefined> {
    const row = await this.db.row<TokenRow>(
      'SELECT * FROM session_tokens WHERE refresh_hash = $1',
      [hash],
    );
    return row && toToken(row);
  }

  async findTokenByAccessHash(hash: string): Promise<SessionTokenRecord | undefined> {
    const row = await this.db.row<TokenRow>('SELECT * FROM session_tokens WHERE access_hash = $1', [
      hash,
    ]);
    return row && toToken(row);
  }

  async findLiveChild(parentHash: string): Promise<SessionTokenRecord | undefined> {
    const row = await this.db.row<TokenRow>(
      'SELECT * FROM session_tokens WHERE parent_hash = $1 AND superseded_at IS NULL LIMIT 1',
      [parentHash],
    );
    return row && toToken(row);
  }

  async markRotated(refreshHash: string, at: number): Promise<void> {
    await this.db.run('UPDATE session_tokens SET rotated_at = $1 WHERE refresh_hash = $2', [
      at,
      refreshHash,
    ]);
  }

  async markSuperseded(refreshHash: string, at: number): Promise<void> {
    await this.db.run('UPDATE session_tokens SET superseded_at = $1 WHERE refresh_hash = $2', [
      at,
      refreshHash,
    ]);
  }
}
