// The device side runs in Node on fake-indexeddb (imported first: Dexie finds it as a global).
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { NoaberDatabase } from '../../src/db/database.ts';
import { createPerson } from '../../src/db/repositories/people.ts';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import type { SyncRecordRow, UserRecord } from '../../src/server/store/store.ts';
import { openSqliteStore, type SqliteStore } from '../../src/server/store/sqlite-store.ts';
import { applyPush } from '../../src/server/sync-service/push-service.ts';
import { newId } from '../../src/shared/ids.ts';
import { MAX_PUSH_BATCH, type PushRequest } from '../../src/shared/sync-protocol/sync-protocol.ts';
import { requestJson } from '../../src/sync/api-client.ts';
import { syncOnce, type SyncTransport } from '../../src/sync/sync-engine.ts';
import { createAccount } from '../support/accounts.ts';
import { startInProcessServer } from '../support/in-process-server.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { median } from './startup-time.ts';

/** Issue #5: a device that was offline for a while sends what it queued. */
export const PUSH_MUTATIONS = 2_000;
/**
 * The server applies at least 0.4× as fast as a plain insert of the same rows with the same
 * number of durable commits (one per batch of 500): the budget as decided after issue #5,
 * where the plain insert in one transaction measured fsyncs applyPush must make, not work.
 */
export const APPLY_RATIO_BUDGET = 0.4;
const END_TO_END_RUNS = 3;
const APPLY_RUNS = 11;
const KERN = 'Lemelerveld';

export interface PushBenchResult {
  /** Start of syncOnce until the last push was confirmed (the pull that follows excluded). */
  pushMs: number;
  /** The whole syncOnce: the push, then pulling the 2 000 records back. */
  syncOnceMs: number;
  applyMs: number;
  plainInsertMs: number;
  /** The plain insert committed per 500 rows: four fsyncs, like applyPush. */
  plainBatchedMs: number;
  /**
   * The floor under applyPush: the rows it stores, written through the store in the same
   * four transactions with no checks at all. What validation and merging may add is the gap.
   */
  storeOnlyMs: number;
  endToEndRuns: number[];
  applyRuns: number[];
  plainRuns: number[];
}

/** The app's own request code (requestJson) over real HTTP, with the access token. */
function httpTransport(baseUrl: string, accessToken: string, sent: PushRequest[]) {
  let firstPullAt: number | undefined;
  const transport: SyncTransport = {
    push: (body) => {
      sent.push(body);
      return requestJson(`${baseUrl}/api/sync/push`, { method: 'POST', body, accessToken });
    },
    pull: (body) => {
      firstPullAt ??= performance.now();
      return requestJson(`${baseUrl}/api/sync/pull`, { method: 'POST', body, accessToken });
    },
  };
  return { transport, firstPullAt: () => firstPullAt };
}

/**
 * One device with 2 000 people in its outbox, pushed by syncOnce to a fresh in-process
 * server (real handlers, real SQLite file) over HTTP on 127.0.0.1.
 */
async function endToEnd(): Promise<{
  pushMs: number;
  syncOnceMs: number;
  sent: PushRequest[];
  user: UserRecord;
}> {
  const staticDir = makeTempDir('bench-static');
  const server = await startInProcessServer({ staticDir: staticDir.path });
  const db = new NoaberDatabase(`bench-push-${newId()}`);
  try {
    const tokens = await createAccount(
      server,
      `push-${newId().slice(-8)}@dalfsen.test`,
      ['gebiedsverbinder'],
      [KERN],
    );
    const kernId =
      (await server.store.reference.listKernen()).find((k) => k.name === KERN)?.id ?? '';
    await db.open();
    let clock = Date.now();
    const context = { userId: tokens.user.id, now: () => (clock += 1) };
    for (let i = 0; i < PUSH_MUTATIONS; i += 1) {
      await createPerson(
        db,
        {
          name: `Persoon ${i}`,
          kernId,
          phone: '',
          email: `persoon${i}@example.nl`,
          dataBasis: 'contactpersoon vereniging',
        },
        context,
      );
    }
    if ((await db.outbox.count()) !== PUSH_MUTATIONS) throw new Error('outbox not filled');

    const sent: PushRequest[] = [];
    const http = httpTransport(server.baseUrl, tokens.accessToken, sent);
    const started = performance.now();
    await syncOnce(db, http.transport);
    const syncOnceMs = performance.now() - started;
    const pushMs = (http.firstPullAt() ?? performance.now()) - started;

    const left = await db.outbox.count();
    const onServer = await server.store.sync.lastSeq();
    if (left !== 0 || onServer < PUSH_MUTATIONS) {
      throw new Error(`push incomplete: ${left} left in the outbox, server seq ${onServer}`);
    }
    const user = await server.store.users.findById(tokens.user.id);
    if (!user) throw new Error('no user');
    return { pushMs, syncOnceMs, sent, user };
  } finally {
    db.close();
    await db.delete();
    await server.close();
    staticDir.remove();
  }
}

/** A fresh store with the reference data and the pushing user. */
async function withFreshStore<T>(
  user: UserRecord,
  work: (store: SqliteStore) => Promise<T>,
): Promise<T> {
  const dir = makeTempDir('bench-apply');
  const store = openSqliteStore(dir.path);
  try {
    await seedReferenceData(store, 'dalfsen');
    // The kern ids of this store's seed differ from the captured run's; permission checks
    // read the principal passed in, so the stored row only needs to exist (foreign keys).
    await store.users.insert({ ...user, kernIds: [] });
    return await work(store);
  } finally {
    await store.close();
    dir.remove();
  }
}

/** applyPush alone, batch by batch as the client sent them, on a fresh store. */
function timeApply(batches: PushRequest[], user: UserRecord): Promise<number> {
  return withFreshStore(user, async (store) => {
    const started = performance.now();
    let last = 0;
    for (const batch of batches)
      last = (await applyPush(store, user, batch, Date.now())).lastMutationId;
    const elapsed = performance.now() - started;
    if (last !== PUSH_MUTATIONS) throw new Error(`applyPush stopped at ${last}`);
    return elapsed;
  });
}

/** The rows applyPush stored for these batches, as the store holds them. */
function appliedRows(batches: PushRequest[], user: UserRecord): Promise<SyncRecordRow[]> {
  return withFreshStore(user, async (store) => {
    for (const batch of batches) await applyPush(store, user, batch, Date.now());
    return (await store.sync.pullPage(0, null, PUSH_MUTATIONS * 2)).rows;
  });
}

/** Writes `rows` through the store in transactions of MAX_PUSH_BATCH, nothing else. */
function timeStoreOnly(rows: SyncRecordRow[], user: UserRecord): Promise<number> {
  return withFreshStore(user, async (store) => {
    const started = performance.now();
    for (let from = 0; from < rows.length; from += MAX_PUSH_BATCH) {
      await store.transaction(
        async () => await store.sync.putRecords(rows.slice(from, from + MAX_PUSH_BATCH)),
      );
    }
    return performance.now() - started;
  });
}

/**
 * The floor: the same records as JSON into a table with a primary key, one prepared
 * statement, one transaction, on a file set up as openSqliteStore does (WAL, synchronous
 * FULL). JSON.stringify is inside the timing, as applyPush must serialise too. Also timed
 * with one transaction per 500 (as many commits as applyPush makes), for the report only.
 */
function timePlainInsert(records: { id: string; data: unknown }[], perTransaction: number): number {
  const dir = makeTempDir('bench-plain');
  const db = new Database(join(dir.path, 'plain.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE plain (id TEXT PRIMARY KEY, data TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO plain (id, data) VALUES (?, ?)');
    const started = performance.now();
    for (let from = 0; from < records.length; from += perTransaction) {
      db.transaction(() => {
        for (const record of records.slice(from, from + perTransaction)) {
          insert.run(record.id, JSON.stringify(record.data));
        }
      }).immediate();
    }
    const elapsed = performance.now() - started;
    const { n } = db.prepare('SELECT count(*) AS n FROM plain').get() as { n: number };
    if (n !== records.length) throw new Error('plain insert incomplete');
    return elapsed;
  } finally {
    db.close();
    dir.remove();
  }
}

export async function runPushBench(): Promise<PushBenchResult> {
  const endToEndRuns: { pushMs: number; syncOnceMs: number }[] = [];
  let captured: { sent: PushRequest[]; user: UserRecord } | undefined;
  for (let run = 0; run < END_TO_END_RUNS; run += 1) {
    const result = await endToEnd();
    endToEndRuns.push(result);
    captured ??= result;
  }
  if (!captured) throw new Error('no run');
  const { sent, user } = captured;
  const records = sent.flatMap((batch) =>
    batch.mutations.map((m) => ({ id: String(m['recordId']), data: m['patch'] })),
  );
  if (records.length !== PUSH_MUTATIONS) throw new Error(`captured ${records.length} mutations`);

  const applyRuns: number[] = [];
  const plainRuns: number[] = [];
  const plainBatchedRuns: number[] = [];
  const storeOnlyRuns: number[] = [];
  const stored = await appliedRows(sent, user);
  if (stored.length !== PUSH_MUTATIONS) throw new Error(`applyPush stored ${stored.length} rows`);
  await timeApply(sent, user); // warm-up: the first run pays for compiling the valibot schemas
  timePlainInsert(records, records.length);
  await timeStoreOnly(stored, user);
  for (let run = 0; run < APPLY_RUNS; run += 1) {
    // Alternate, so that whatever else the machine does hits both alike.
    applyRuns.push(await timeApply(sent, user));
    plainRuns.push(timePlainInsert(records, records.length));
    plainBatchedRuns.push(timePlainInsert(records, MAX_PUSH_BATCH));
    storeOnlyRuns.push(await timeStoreOnly(stored, user));
  }
  return {
    pushMs: median(endToEndRuns.map((r) => r.pushMs)),
    syncOnceMs: median(endToEndRuns.map((r) => r.syncOnceMs)),
    applyMs: median(applyRuns),
    plainInsertMs: median(plainRuns),
    plainBatchedMs: median(plainBatchedRuns),
    storeOnlyMs: median(storeOnlyRuns),
    endToEndRuns: endToEndRuns.map((r) => r.pushMs),
    applyRuns,
    plainRuns,
  };
}

// Run alone: `npx tsx test/bench/sync-push-bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runPushBench();
  console.log(JSON.stringify(result, null, 2));
}
