import type {
  Async,
  DeviceSessionRecord,
  SessionEndReason,
  SessionRepository,
  SessionTokenRecord,
} from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';
import { toSession, toToken, type SessionRow, type TokenRow } from '../rows/session-rows.ts';

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
