import type { Async, RateWindowRepository } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

/** rate_windows: one upsert per request, so concurrent processes count right. */
export class PostgresRateWindows implements Async<RateWindowRepository> {
  constructor(private readonly db: PostgresDb) {}

  async hit(key: string, now: number, windowMs: number) {
    // SET reads the row as it was (rate_windows.*), so both CASEs see the old window_start.
    const row = await this.db.row<{ windowStart: number; hits: number }>(
      `INSERT INTO rate_windows AS w (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         window_start = CASE WHEN w.window_start <= $2 - $3 THEN $2 ELSE w.window_start END,
         hits = CASE WHEN w.window_start <= $2 - $3 THEN 1 ELSE w.hits + 1 END
       RETURNING window_start AS "windowStart", hits`,
      [key, now, windowMs],
    );
    if (!row) throw new Error('the rate window upsert returned no row');
    return row;
  }
}
