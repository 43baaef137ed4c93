import type { DeviceSessionRecord, SessionEndReason, SessionTokenRecord } from '../store.ts';

/**
 * device_sessions and session_tokens as both engines return them (the same columns in
 * SQLite and PostgreSQL), and the records the store hands out.
 */
export interface SessionRow {
  id: string;
  user_id: string;
  device_label: string;
  created_at: number;
  last_used_at: number;
  expires_at: number;
  ended_at: number | null;
  end_reason: SessionEndReason | null;
}

export interface TokenRow {
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

export const toSession = (row: SessionRow): DeviceSessionRecord => ({
  id: row.id,
  userId: row.user_id,
  deviceLabel: row.device_label,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
  endedAt: row.ended_at,
  endReason: row.end_reason,
});

export const toToken = (row: TokenRow): SessionTokenRecord => ({
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
