import type Database from 'better-sqlite3';
import type { AccessEntry, PrivacyRepository } from '../store.ts';

const RETENTION_KEY = 'retention';

/** erased_people, erased_entries, access_log, job_runs (migration 11); the retention setting. */
export class SqlitePrivacy implements PrivacyRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      noteErasedPerson: db.prepare(
        `INSERT OR IGNORE INTO erased_people (person_id, erased_at, cause) VALUES (?, ?, ?)`,
      ),
      noteErasedEntry: db.prepare(
        `INSERT OR IGNORE INTO erased_entries (entry_id, erased_at) VALUES (?, ?)`,
      ),
      erasedAmong: db
        .prepare(
          `SELECT value FROM json_each(?) AS ids
           WHERE EXISTS (SELECT 1 FROM erased_people WHERE person_id = ids.value)
              OR EXISTS (SELECT 1 FROM erased_entries WHERE entry_id = ids.value)`,
        )
        .pluck(),
      recordAccess: db.prepare(
        `INSERT INTO access_log (person_id, user_id, day, via, rows)
         VALUES (@personId, @userId, @day, @via, @rows)
         ON CONFLICT (person_id, user_id, day, via) DO UPDATE SET rows = rows + excluded.rows`,
      ),
      accessFor: db.prepare(
        `SELECT person_id AS personId, user_id AS userId, day, via, rows FROM access_log
         WHERE person_id = ? ORDER BY day DESC, user_id, via`,
      ),
      removeAccessBefore: db.prepare(`DELETE FROM access_log WHERE day < ?`),
      countAccessBefore: db.prepare(`SELECT count(*) FROM access_log WHERE day < ?`).pluck(),
      readSetting: db.prepare(`SELECT value FROM settings WHERE key = ?`).pluck(),
      writeSetting: db.prepare(
        `INSERT INTO settings (key, value) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      ),
      // One statement: the row is taken only when free, expired or the holder's own.
      takeLease: db.prepare(
        `INSERT INTO job_runs (job, holder, lease_until) VALUES (@job, @holder, @until)
         ON CONFLICT (job) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
           WHERE job_runs.lease_until <= @now OR job_runs.holder = excluded.holder
                 OR job_runs.holder IS NULL`,
      ),
      finishRun: db.prepare(
        `UPDATE job_runs SET last_run_at = ?, holder = NULL, lease_until = 0
         WHERE job = ? AND holder = ?`,
      ),
      lastRun: db.prepare(`SELECT last_run_at FROM job_runs WHERE job = ?`).pluck(),
      leaseHolder: db.prepare(`SELECT holder FROM job_runs WHERE job = ?`).pluck(),
    };
  }

  noteErasedPerson(personId: string, at: number, cause: 'request' | 'retention'): void {
    this.statements.noteErasedPerson.run(personId, at, cause);
  }

  noteErasedEntries(entryIds: readonly string[], at: number): void {
    for (const id of entryIds) this.statements.noteErasedEntry.run(id, at);
  }

  erasedAmong(ids: readonly string[]): string[] {
    if (ids.length === 0) return [];
    return this.statements.erasedAmong.all(JSON.stringify(ids)) as string[];
  }

  recordAccess(entries: readonly AccessEntry[]): void {
    for (const entry of entries) this.statements.recordAccess.run(entry);
  }

  accessFor(personId: string): AccessEntry[] {
    return this.statements.accessFor.all(personId) as AccessEntry[];
  }

  removeAccessBefore(day: string): number {
    return this.statements.removeAccessBefore.run(day).changes;
  }

  countAccessBefore(day: string): number {
    return this.statements.countAccessBefore.get(day) as number;
  }

  retentionSettings(): unknown {
    const value = this.statements.readSetting.get(RETENTION_KEY) as string | undefined;
    return value === undefined ? undefined : (JSON.parse(value) as unknown);
  }

  setRetentionSettings(value: unknown): void {
    this.statements.writeSetting.run(RETENTION_KEY, JSON.stringify(value));
  }

  takeLease(job: string, holder: string, now: number, until: number): boolean {
    this.statements.takeLease.run({ job, holder, now, until });
    return this.statements.leaseHolder.get(job) === holder;
  }

  finishRun(job: string, holder: string, at: number): void {
    this.statements.finishRun.run(at, job, holder);
  }

  lastRun(job: string): number | null {
    return (this.statements.lastRun.get(job) as number | null | undefined) ?? null;
  }
}
