import type { AccessEntry, Async, PrivacyRepository } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

const RETENTION_KEY = 'retention';

/** erased_people, erased_entries, access_log, job_runs (migration 2); the retention setting. */
export class PostgresPrivacy implements Async<PrivacyRepository> {
  constructor(private readonly db: PostgresDb) {}

  async noteErasedPerson(
    personId: string,
    at: number,
    cause: 'request' | 'retention',
  ): Promise<void> {
    await this.db.run(
      `INSERT INTO erased_people (person_id, erased_at, cause) VALUES ($1, $2, $3)
       ON CONFLICT (person_id) DO NOTHING`,
      [personId, at, cause],
    );
  }

  async noteErasedEntries(entryIds: readonly string[], at: number): Promise<void> {
    if (entryIds.length === 0) return;
    await this.db.run(
      `INSERT INTO erased_entries (entry_id, erased_at)
       SELECT id, $2 FROM unnest($1::text[]) AS id
       ON CONFLICT (entry_id) DO NOTHING`,
      [[...entryIds], at],
    );
  }

  async erasedAmong(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.rows<{ id: string }>(
      `SELECT id FROM unnest($1::text[]) AS id
       WHERE EXISTS (SELECT 1 FROM erased_people WHERE person_id = id)
          OR EXISTS (SELECT 1 FROM erased_entries WHERE entry_id = id)`,
      [[...ids]],
    );
    return rows.map((row) => row.id);
  }

  async recordAccess(entries: readonly AccessEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // One statement for the page: an upsert per person, account, day and way.
    await this.db.run(
      `INSERT INTO access_log AS a (person_id, user_id, day, via, rows)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])
       ON CONFLICT (person_id, user_id, day, via) DO UPDATE SET rows = a.rows + excluded.rows`,
      [
        entries.map((entry) => entry.personId),
        entries.map((entry) => entry.userId),
        entries.map((entry) => entry.day),
        entries.map((entry) => entry.via),
        entries.map((entry) => entry.rows),
      ],
    );
  }

  accessFor(personId: string): Promise<AccessEntry[]> {
    return this.db.rows<AccessEntry>(
      `SELECT person_id AS "personId", user_id AS "userId", day, via, rows FROM access_log
       WHERE person_id = $1 ORDER BY day DESC, user_id, via`,
      [personId],
    );
  }

  removeAccessBefore(day: string): Promise<number> {
    return this.db.run(`DELETE FROM access_log WHERE day < $1`, [day]);
  }

  async countAccessBefore(day: string): Promise<number> {
    const row = await this.db.row<{ count: number }>(
      `SELECT count(*)::bigint AS count FROM access_log WHERE day < $1`,
      [day],
    );
    return row?.count ?? 0;
  }

  async retentionSettings(): Promise<unknown> {
    const row = await this.db.row<{ value: string }>(`SELECT value FROM settings WHERE key = $1`, [
      RETENTION_KEY,
    ]);
    return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
  }

  async setRetentionSettings(value: unknown): Promise<void> {
    await this.db.run(
      `INSERT INTO settings (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [RETENTION_KEY, JSON.stringify(value)],
    );
  }

  async takeLease(job: string, holder: string, now: number, until: number): Promise<boolean> {
    // One statement: the row is taken only when free, expired or the holder's own; a row
    // comes back only when this holder has it.
    const row = await this.db.row<{ holder: string }>(
      `INSERT INTO job_runs AS j (job, holder, lease_until) VALUES ($1, $2, $3)
       ON CONFLICT (job) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
         WHERE j.lease_until <= $4 OR j.holder = excluded.holder OR j.holder IS NULL
       RETURNING holder`,
      [job, holder, until, now],
    );
    return row?.holder === holder;
  }

  async finishRun(job: string, holder: string, at: number): Promise<void> {
    await this.db.run(
      `UPDATE job_runs SET last_run_at = $1, holder = NULL, lease_until = 0
       WHERE job = $2 AND holder = $3`,
      [at, job, holder],
    );
  }

  async lastRun(job: string): Promise<number | null> {
    const row = await this.db.row<{ lastRunAt: number | null }>(
      `SELECT last_run_at AS "lastRunAt" FROM job_runs WHERE job = $1`,
      [job],
    );
    return row?.lastRunAt ?? null;
  }
}
