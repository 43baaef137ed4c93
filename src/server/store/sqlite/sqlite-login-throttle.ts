import type Database from 'better-sqlite3';
import type { LoginThrottleRepository, ThrottleCounter } from '../store.ts';

interface ThrottleRow {
  attempts: number;
  window_start: number;
}

export class SqliteLoginThrottle implements LoginThrottleRepository {
  constructor(private readonly db: Database.Database) {}

  find(key: string): ThrottleCounter | undefined {
    const row = this.db
      .prepare('SELECT attempts, window_start FROM login_throttle WHERE key = ?')
      .get(key) as ThrottleRow | undefined;
    return row && { attempts: row.attempts, windowStart: row.window_start };
  }

  put(key: string, counter: ThrottleCounter): void {
    this.db
      .prepare(
        `INSERT INTO login_throttle (key, attempts, window_start) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE
           SET attempts = excluded.attempts, window_start = excluded.window_start`,
      )
      .run(key, counter.attempts, counter.windowStart);
  }

  remove(key: string): void {
    this.db.prepare('DELETE FROM login_throttle WHERE key = ?').run(key);
  }

  removeStartedBy(windowStart: number): void {
    this.db.prepare('DELETE FROM login_throttle WHERE window_start <= ?').run(windowStart);
  }
}
