import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { DATABASE_FILE_NAME, openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import type { SyncRecordRow } from '../../src/server/store/store.ts';
import { kernKey, viewerKeys } from '../../src/server/sync-service/record-scope.ts';
import { DEFAULT_PULL_PAGE } from '../../src/shared/sync-protocol/sync-protocol.ts';
import { JSON_EACH_COUNT_SQL, JSON_EACH_PAGE_SQL } from '../support/json-each-pull.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { median } from './startup-time.ts';

/** Issue #12: a municipality's whole history on the server, most of it in other kernen. */
export const PULL_BENCH_ROWS = 300_000;
/** The second case: this many of those rows lie in the connector's own kern, spread out. */
export const PULL_BENCH_READABLE = 1_000;
/** A first pull page (with its count) for a connector who may read none of them. */
export const EMPTY_PULL_BUDGET_MS = 5;
const OTHER_KERNEN = 12;
const WRITE_BATCH = 10_000;
const RUNS = 21;
const BASELINE_RUNS = 5;

export interface PullBenchResult {
  /** Median time of a first pull page with its count, through the scope index. */
  emptyMs: number;
  /** The same with the JSON scope filter the index replaced (schema 6). */
  emptyBaselineMs: number;
  readableMs: number;
  readableBaselineMs: number;
  fillMs: number;
}

const viewer = { id: 'viewer', roles: ['gebiedsverbinder' as const], kernIds: ['mine'] };

/** A person as a device pushes one, about the size of a real row. */
function person(seq: number, kernId: string): SyncRecordRow {
  const id = `person-${seq}`;
  return {
    table: 'people',
    id,
    seq,
    data: { id, name: `Persoon ${seq}`, kernId, phone: '0529 123456', email: `p${seq}@example.nl` },
    fieldWrites: [[seq, 'client', 'writer', ['id', 'name', 'kernId', 'phone', 'email']]],
    scope: [kernKey(kernId)],
    deleted: false,
  };
}

/** `readable` rows in the viewer's kern, evenly spread over the table; the rest elsewhere. */
async function fill(dataDir: string, readable: number): Promise<number> {
  const store = openSqliteStore(dataDir);
  const every = readable > 0 ? Math.floor(PULL_BENCH_ROWS / readable) : Infinity;
  const started = performance.now();
  try {
    for (let from = 1; from <= PULL_BENCH_ROWS; from += WRITE_BATCH) {
      const rows: SyncRecordRow[] = [];
      for (let seq = from; seq < from + WRITE_BATCH && seq <= PULL_BENCH_ROWS; seq += 1) {
        const kern = seq % every === 0 ? 'mine' : `other-${seq % OTHER_KERNEN}`;
        rows.push(person(seq, kern));
      }
      await store.transaction(async () => await store.sync.putRecords(rows));
    }
    return performance.now() - started;
  } finally {
    await store.close();
  }
}

async function timed(
  runs: number,
  work: () => number | Promise<number>,
  expected: number,
): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const found = await work();
    times.push(performance.now() - started);
    if (found !== expected) throw new Error(`a pull found ${found} rows, expected ${expected}`);
  }
  return median(times);
}

/** One case: a fresh file, then the new pull and the old one, each from cursor 0 with a count. */
async function runCase(
  readable: number,
): Promise<{ ms: number; baselineMs: number; fillMs: number }> {
  const dir = makeTempDir('bench-pull');
  try {
    const fillMs = await fill(dir.path, readable);
    const keys = viewerKeys(viewer) ?? [];
    const store = openSqliteStore(dir.path);
    const raw = new Database(join(dir.path, DATABASE_FILE_NAME), { readonly: true });
    try {
      const page = Math.min(readable, DEFAULT_PULL_PAGE);
      const ms = await timed(
        RUNS,
        async () => (await store.sync.pullPage(0, keys, DEFAULT_PULL_PAGE, true)).rows.length,
        page,
      );
      const oldPage = raw.prepare(JSON_EACH_PAGE_SQL);
      const oldCount = raw.prepare(JSON_EACH_COUNT_SQL);
      const json = JSON.stringify(keys);
      const baselineMs = await timed(
        BASELINE_RUNS,
        () => {
          const rows = oldPage.all(0, json, DEFAULT_PULL_PAGE + 1) as { seq: number }[];
          const shown = rows.slice(0, DEFAULT_PULL_PAGE);
          oldCount.get(shown.at(-1)?.seq ?? 0, json);
          return shown.length;
        },
        page,
      );
      return { ms, baselineMs, fillMs };
    } finally {
      raw.close();
      await store.close();
    }
  } finally {
    dir.remove();
  }
}

export async function runPullBench(): Promise<PullBenchResult> {
  const empty = await runCase(0);
  const readable = await runCase(PULL_BENCH_READABLE);
  return {
    emptyMs: empty.ms,
    emptyBaselineMs: empty.baselineMs,
    readableMs: readable.ms,
    readableBaselineMs: readable.baselineMs,
    fillMs: empty.fillMs,
  };
}

// Run alone: `npx tsx test/bench/sync-pull-bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(runPullBench(), null, 2));
}
