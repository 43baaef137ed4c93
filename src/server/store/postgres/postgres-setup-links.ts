import type { Async, SetupLinkRecord, SetupLinkRepository } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

interface SetupLinkRow {
  token_hash: string;
  user_id: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export class PostgresSetupLinks implements Async<SetupLinkRepository> {
  constructor(private readonly db: PostgresDb) {}

  async insert(link: Omit<SetupLinkRecord, 'usedAt'>): Promise<void> {
    await this.db.run(
      'INSERT INTO setup_links (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
      [link.tokenHash, link.userId, link.createdAt, link.expiresAt],
    );
  }

  async find(tokenHash: string): Promise<SetupLinkRecord | undefined> {
    const row = await this.db.row<SetupLinkRow>('SELECT * FROM setup_links WHERE token_hash = $1', [
      tokenHash,
    ]);
    return (
      row && {
        tokenHash: row.token_hash,
        userId: row.user_id,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        usedAt: row.used_at,
      }
    );
  }

  async markUsed(tokenHash: string, at: number): Promise<void> {
    await this.db.run('UPDATE setup_links SET used_at = $1 WHERE token_hash = $2', [at, tokenHash]);
  }

  async expireUnused(userId: string | null, at: number): Promise<void> {
    await this.db.run(
      `UPDATE setup_links SET expires_at = least(expires_at, $1)
       WHERE used_at IS NULL AND user_id IS NOT DISTINCT FROM $2`,
      [at, userId],
    );
  }
}
