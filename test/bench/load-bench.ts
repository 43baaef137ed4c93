import { performance } from 'node:perf_hooks';
import { openPostgresStore } from '../../src/server/store/postgres/postgres-store.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import type { Store } from '../../src/server/store/store.ts';
import {
  makeLoadAccounts,
  missingAndDoubled,
  newPuller,
  pullToEnd,
  pushingDevice,
  signIn,
  type LoadTarget,
} from '../support/load-devices.ts';
import {
  createDatabase,
  postgresMissing,
  startPostgresCluster,
} from '../support/postgres-cluster.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/**
 * Issue #14: a load of 20 devices (4 connectors × 5) pushing new records to the built server
 * while 2 teamleider devices pull all the while — on PostgreSQL behind two processes, and on
 * SQLite behind one. Throughput (mutations committed per second, wall clock), the p99 time of
 * a push until its answer, and, checked at the end with a full pull, that no mutation was lost
 * or delivered twice.
 */
export const LOAD = {
  connectors: 4,
  devicesPerConnector: 5,
  batches: 10,
  perBatch: 20,
  pullers: 2,
};

export interface LoadResult {
  engine: 'sqlite' | 'postgresql';
  processes: number;
  mutations: number;
  throughput: number;
  p99Ms: number;
  medianMs: number;
  missing: number;
  doubled: number;
}

export async function runLoadBench(): Promise<LoadResult[]> {
  const results = [await loadOn('sqlite', 1)];
  if (postgresMissing() === null) results.push(await loadOn('postgresql', 2));
  return results;
}

async function loadOn(engine: LoadResult['engine'], count: number): Promise<LoadResult> {
  const dir = makeTempDir(`load-${engine}`);
  const cluster = engine === 'postgresql' ? startPostgresCluster({ durable: true }) : null;
  const processes: ServerProcess[] = [];
  try {
    let store: Store;
    let env: Record<string, string> = { PUSH_LIMIT_PER_MINUTE: '100000' };
    if (cluster) {
      const url = await createDatabase(cluster.url);
      store = await openPostgresStore(url);
      env = { ...env, DATABASE_URL: url };
    } else {
      store = openSqliteStore(dir.path);
    }
    const accounts = await makeLoadAccounts(store, LOAD.connectors);
    await store.close();
    for (let i = 0; i < count; i += 1) {
      processes.push(await startServerProcess({ dataDir: dir.path, extraEnv: env }));
    }
    const target: LoadTarget = { baseUrls: processes.map((process) => process.baseUrl) };
    const pushTokens = await Promise.all(
      accounts.connectors.flatMap((email) =>
        Array.from({ length: LOAD.devicesPerConnector }, () => signIn(target, email)),
      ),
    );
    const pullTokens = await Promise.all(
      Array.from({ length: LOAD.pullers }, () => signIn(target, accounts.teamLead)),
    );
    const pullers = pullTokens.map(() => newPuller());
    let pushing = true;
    const pulling = pullTokens.map(async (token, index) => {
      while (pushing) await pullToEnd(target, token, pullers[index]!);
    });
    const started = performance.now();
    const pushed = await Promise.all(
      pushTokens.map((token) =>
        pushingDevice(target, token, accounts.kernId, LOAD.batches, LOAD.perBatch),
      ),
    );
    const elapsedMs = performance.now() - started;
    pushing = false;
    await Promise.all(pulling);
    const check = newPuller();
    await pullToEnd(target, pullTokens[0] ?? '', check);
    const created = pushed.flatMap((device) => device.ids);
    const { missing, doubled, extra } = missingAndDoubled(check, created);
    for (const [index, token] of pullTokens.entries()) {
      await pullToEnd(target, token, pullers[index]!);
    }
    const concurrent = pullers.map((state) => missingAndDoubled(state, created));
    const latencies = pushed.flatMap((device) => device.latencies).sort((a, b) => a - b);
    const at = (share: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0;
    return {
      engine,
      processes: count,
      mutations: created.length,
      throughput: (created.length / elapsedMs) * 1000,
      p99Ms: at(0.99),
      medianMs: at(0.5),
      missing: missing + extra + concurrent.reduce((sum, c) => sum + c.missing + c.extra, 0),
      doubled: doubled + concurrent.reduce((sum, c) => sum + c.doubled, 0),
    };
  } finally {
    await Promise.all(processes.map((process) => process.stop()));
    cluster?.stop();
    dir.remove();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.table(await runLoadBench());
}
