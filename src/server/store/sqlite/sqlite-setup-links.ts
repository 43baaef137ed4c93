import type Database from 'better-sqlite3';
import type { SetupLinkRecord, SetupLinkRepository } from '../store.ts';

interface SetupLinkRow {
  token_hash: string;
  user_id: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export class SqliteSetupLinks implements SetupLinkRepository {
  constructor(private readonly db: Database.Database) {}

  insert(link: Omit<SetupLinkRecord, 'usedAt'>): void {
    this.db
      .prepare(
        'INSERT INTO setup_links (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      )
      .run(link.tokenHash, link.userId, link.createdAt, link.expiresAt);
  }

  find(tokenHash: string): SetupLinkRecord | undefined {
    const row = this.db.prepare('SELECT * FROM setup_links WHERE token_hash = ?').get(tokenHash) as
      SetupLinkRow | undefined;
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

  markUsed(tokenHash: string, at: number): void {
    this.db.prepare('UPDATE setup_links SET used_at = ? WHERE token_hash = ?').run(at, tokenHash);
  }

  expireUnused(userId: string | null, at: number): void {
    this.db
      .prepare(
        `UPDATE setup_links SET expires_at = min(expires_at, ?)
         WHERE used_at IS NULL AND user_id IS ?`,
      )
      .run(at, userId);
  }
}
