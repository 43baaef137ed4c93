import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/server/store/sqlite-store.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const DAY = 24 * 60 * 60 * 1000;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function readOnly<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const lastRun = (dataDir: string) =>
  readOnly(dataDir, (db) =>
    db.prepare(`SELECT last_run_at FROM job_runs WHERE job = 'retention'`).pluck().get(),
  ) as number | undefined;

const runsLogged = (dataDir: string) =>
  readOnly(dataDir, (db) =>
    db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'retention.run'`).pluck().get(),
  ) as number;

async function start(dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess({ dataDir });
  cleanup.push(() => server.stop());
  return server;
}

describe('the retention job in the server process', () => {
  it('runs at start when due, not again on a restart the same day, and catches up after downtime', async () => {
    const dir = makeTempDir('retention');
    cleanup.push(() => dir.remove());
    const first = await start(dir.path);
    await expect.poll(() => lastRun(dir.path), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(runsLogged(dir.path)).toBe(1);
    await first.stop();

    // A restart an hour later: the day is not over, nothing runs.
    await start(dir.path).then((server) => server.stop());
    expect(runsLogged(dir.path)).toBe(1);

    // Down for two days: the last run is that long ago; at start it runs at once.
    const db = new Database(join(dir.path, DATABASE_FILE_NAME));
    db.prepare(`UPDATE job_runs SET last_run_at = ? WHERE job = 'retention'`).run(
      Date.now() - 2 * DAY,
    );
    db.close();
    await start(dir.path);
    await expect.poll(() => runsLogged(dir.path), { timeout: 10_000 }).toBe(2);
    expect(lastRun(dir.path)).toBeGreaterThan(Date.now() - DAY);
  });
});
