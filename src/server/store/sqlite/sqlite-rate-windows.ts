import type Database from 'better-sqlite3';
import type { RateWindowRepository } from '../store.ts';

/** rate_windows (migration 9): one upsert per request, so concurrent processes count right. */
export class SqliteRateWindows implements RateWindowRepository {
  private readonly hitStatement;

  constructor(db: Database.Database) {
    // SET reads the row as it was, so both CASEs see the old window_start.
    this.hitStatement = db.prepare(
      `INSERT INTO rate_windows (key, window_start, hits) VALUES (@key, @now, 1)
       ON CONFLICT (key) DO UPDATE SET
         window_start = CASE WHEN window_start <= @now - @windowMs THEN @now ELSE window_start END,
         hits = CASE WHEN window_start <= @now - @windowMs THEN 1 ELSE hits + 1 END
       RETURNING window_start AS windowStart, hits`,
    );
  }

  hit(key: string, now: number, windowMs: number) {
    return this.hitStatement.get({ key, now, windowMs }) as { windowStart: number; hits: number };
  }
}
