import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import {
  openPostgresStore,
  type PostgresStore,
} from '../../src/server/store/postgres/postgres-store.ts';
import type { UserRecord } from '../../src/server/store/store.ts';
import { applyPush } from '../../src/server/sync-service/push-service.ts';
import { newId } from '../../src/shared/ids.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { MAX_PUSH_BATCH, type PushRequest } from '../../src/shared/sync-protocol/sync-protocol.ts';
import {
  createDatabase,
  postgresMissing,
  startPostgresCluster,
} from '../support/postgres-cluster.ts';
import { personCreate } from '../support/pushed-records.ts';
import { median } from './startup-time.ts';
import { PUSH_MUTATIONS } from './sync-push-bench.ts';

/**
 * Issue #14: the server's push apply on PostgreSQL, as sync-push-bench.ts measures it on
 * SQLite: applyPush of 2 000 new people in batches of 500, against a plain insert of the same
 * rows (as JSON, into a table with a primary key) with as many durable commits (one per 500).
 * A throwaway cluster with fsync and synchronous_commit on, as in production, reached over a
 * unix socket.
 */
const RUNS = 7;
const KERN = 'Lemelerveld';

export interface PostgresPushBenchResult {
  applyMs: number;
  /** One INSERT per row (a prepared statement), a transaction per 500: the plain way. */
  plainRowsMs: number;
  /** One INSERT … SELECT FROM unnest per 500 rows: the fewest round trips there are. */
  plainBulkMs: number;
  applyRuns: number[];
}

/** A fresh schema (a new tenant) with the reference data and the pushing user. */
async function freshStore(
  url: string,
): Promise<{ store: PostgresStore; user: UserRecord; kernId: string }> {
  const store = await openPostgresStore(url, {
    schema: `bench_${newId().replace(/-/g, '').slice(-12)}`,
  });
  await seedReferenceData(store, 'dalfsen');
  const kernId = (await store.reference.listKernen()).find((k) => k.name === KERN)?.id ?? '';
  const now = Date.now();
  const user: UserRecord = {
    id: newId(),
    email: `bench-${newId()}@dalfsen.test`,
    displayName: 'Bench',
    passwordHash: null,
    status: 'active',
    roles: ['gebiedsverbinder'],
    kernIds: [kernId],
    createdAt: now,
    updatedAt: now,
  };
  await store.users.insert(user);
  return { store, user, kernId };
}

/** What a device with 2 000 new people in its outbox sends: batches of 500. */
function batchesFor(kernId: string): PushRequest[] {
  const clientId = newId();
  const mutations = Array.from({ length: PUSH_MUTATIONS }, (_, index) =>
    personCreate(index + 1, kernId, `Persoon ${String(index)}`),
  );
  const batches: PushRequest[] = [];
  for (let from = 0; from < mutations.length; from += MAX_PUSH_BATCH) {
    batches.push({
      clientId,
      protocolVersion: PROTOCOL_VERSION,
      epoch: null,
      mutations: mutations.slice(from, from + MAX_PUSH_BATCH),
    });
  }
  return batches;
}

async function timeApply(
  url: string,
): Promise<{ ms: number; records: { id: string; data: unknown }[] }> {
  const { store, user, kernId } = await freshStore(url);
  try {
    const batches = batchesFor(kernId);
    const started = performance.now();
    let last = 0;
    for (const batch of batches)
      last = (await applyPush(store, user, batch, Date.now())).lastMutationId;
    const ms = performance.now() - started;
    if (last !== PUSH_MUTATIONS) throw new Error(`applyPush stopped at ${String(last)}`);
    const rows = (await store.sync.pullPage(0, null, PUSH_MUTATIONS * 2)).rows;
    if (rows.filter((row) => row.table === 'people').length !== PUSH_MUTATIONS) {
      throw new Error('applyPush did not store every person');
    }
    const records = batches.flatMap((batch) =>
      batch.mutations.map((m) => ({ id: String(m['recordId']), data: m['patch'] })),
    );
    return { ms, records };
  } finally {
    await store.close();
  }
}

/** The floor: the same records as JSON into a plain table, committed per 500. */
async function timePlain(
  url: string,
  records: { id: string; data: unknown }[],
  bulk: boolean,
): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const table = `plain_${newId().replace(/-/g, '').slice(-12)}`;
  try {
    await client.query(`CREATE TABLE ${table} (id TEXT PRIMARY KEY, data TEXT NOT NULL)`);
    const started = performance.now();
    for (let from = 0; from < records.length; from += MAX_PUSH_BATCH) {
      const slice = records.slice(from, from + MAX_PUSH_BATCH);
      await client.query('BEGIN');
      if (bulk) {
        await client.query(
          `INSERT INTO ${table} (id, data) SELECT * FROM unnest($1::text[], $2::text[])`,
          [slice.map((r) => r.id), slice.map((r) => JSON.stringify(r.data))],
        );
      } else {
        for (const record of slice) {
          await client.query({
            name: `plain-insert-${table}`,
            text: `INSERT INTO ${table} (id, data) VALUES ($1, $2)`,
            values: [record.id, JSON.stringify(record.data)],
          });
        }
      }
      await client.query('COMMIT');
    }
    const ms = performance.now() - started;
    const counted = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    if (Number(counted.rows[0]?.n) !== records.length) throw new Error('plain insert incomplete');
    return ms;
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.end();
  }
}

/** Null when this machine has no PostgreSQL binaries (the bench row says so). */
export async function runPostgresPushBench(): Promise<PostgresPushBenchResult | null> {
  if (postgresMissing() !== null) return null;
  const cluster = startPostgresCluster({ durable: true });
  try {
    const url = await createDatabase(cluster.url, 'bench');
    const warm = await timeApply(url); // the first run pays for compiling schemas and plans
    await timePlain(url, warm.records, false);
    await timePlain(url, warm.records, true);
    const applyRuns: number[] = [];
    const rowsRuns: number[] = [];
    const bulkRuns: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Alternate, so that whatever else the machine does hits all alike.
      const applied = await timeApply(url);
      applyRuns.push(applied.ms);
      rowsRuns.push(await timePlain(url, applied.records, false));
      bulkRuns.push(await timePlain(url, applied.records, true));
    }
    return {
      applyMs: median(applyRuns),
      plainRowsMs: median(rowsRuns),
      plainBulkMs: median(bulkRuns),
      applyRuns,
    };
  } finally {
    cluster.stop();
  }
}

// Run alone: `npx tsx test/bench/postgres-push-bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runPostgresPushBench(), null, 2));
}
