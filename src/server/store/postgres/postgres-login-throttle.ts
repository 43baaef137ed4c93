import type { Async, LoginThrottleRepository, ThrottleCounter } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

export class PostgresLoginThrottle implements Async<LoginThrottleRepository> {
  constructor(private readonly db: PostgresDb) {}

  async find(key: string): Promise<ThrottleCounter | undefined> {
    const row = await this.db.row<{ attempts: number; window_start: number }>(
      'SELECT attempts, window_start FROM login_throttle WHERE key = $1',
      [key],
    );
    return row && { attempts: row.attempts, windowStart: row.window_start };
  }

  async put(key: string, counter: ThrottleCounter): Promise<void> {
    await this.db.run(
      `INSERT INTO login_throttle (key, attempts, window_start) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE
         SET attempts = excluded.attempts, window_start = excluded.window_start`,
      [key, counter.attempts, counter.windowStart],
    );
  }

  async remove(key: string): Promise<void> {
    await this.db.run('DELETE FROM login_throttle WHERE key = $1', [key]);
  }

  async removeStartedBy(windowStart: number): Promise<void> {
    await this.db.run('DELETE FROM login_throttle WHERE window_start <= $1', [windowStart]);
  }
}
