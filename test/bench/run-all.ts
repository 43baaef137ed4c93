import { DIST_DIR, requireBuild } from '../support/paths.ts';
import {
  formatKb,
  IDEE_JS_BUDGET_GZIP_BYTES,
  INITIAL_JS_BUDGET_GZIP_BYTES,
  measureEntryJs,
  measureInitialJs,
  STACK_FLOOR_GZIP_BYTES,
} from '../build/initial-js.ts';
import { IDEE_INTERACTIVE_BUDGET_MS, IDEE_NETWORK, runIdeeBench } from './idee-bench.ts';
import { OVERVIEW_BUDGET_MS, OVERVIEW_DATA, runOverviewBench } from './overview-bench.ts';
import { BENCH_DATA, runRecordsBench } from './records-bench.ts';
import { measureStartupMs, median, STARTUP_BUDGET_MS } from './startup-time.ts';
import {
  FIRST_DOWNLOAD,
  FIRST_DOWNLOAD_RATIO_BUDGET,
  runSyncBrowserBench,
  SAVE_DURING_SYNC_RATIO_BUDGET,
} from './sync-browser-bench.ts';
import {
  EMPTY_PULL_BUDGET_MS,
  PULL_BENCH_READABLE,
  PULL_BENCH_ROWS,
  runPullBench,
} from './sync-pull-bench.ts';
import { APPLY_RATIO_BUDGET, PUSH_MUTATIONS, runPushBench } from './sync-push-bench.ts';
import { runPostgresPushBench } from './postgres-push-bench.ts';
import { LOAD, runLoadBench } from './load-bench.ts';
import {
  ANCHORS,
  FIRST_VISIT_BUDGET_BYTES,
  runWeakSignalBench,
  USABLE_BUDGET_MS,
} from './weak-signal-bench.ts';

/** `npm run bench`: every performance budget, measured on this machine, as a table. */
const STARTUP_RUNS = 7;

const js = measureInitialJs(requireBuild(DIST_DIR));
const ideeJs = measureEntryJs(DIST_DIR, 'idee.html');
const idee = await runIdeeBench();
const startups: number[] = [];
for (let run = 0; run < STARTUP_RUNS; run += 1) startups.push(await measureStartupMs());
const startupMedian = median(startups);

const records = await runRecordsBench();
const SAVE_RATIO_BUDGET = 3;
const SCREEN_BUDGET_MS = 100;
const saveRatio = records.saveVisitMs / records.rawPutMs;
const push = await runPushBench();
const postgresPush = await runPostgresPushBench();
const load = await runLoadBench();
const pull = await runPullBench();
const sync = await runSyncBrowserBench();
const overview = runOverviewBench();
const weak = await runWeakSignalBench();
const pushRate = (PUSH_MUTATIONS / push.pushMs) * 1000;
// Rates over the same rows: apply-rate / plain-rate is plain time / apply time, against the
// plain insert with as many durable commits (one per batch of 500).
const applyRatio = push.plainBatchedMs / push.applyMs;
// On PostgreSQL against the cheapest plain insert there is (one statement per 500 rows), as
// the SQLite figure is against its cheapest (one prepared statement per row, in process).
const postgresApplyRatio = postgresPush ? postgresPush.plainBulkMs / postgresPush.applyMs : null;
const pullRows = PULL_BENCH_ROWS.toLocaleString('en');
const downloadRatio = sync.downloadMs / sync.rawWriteMs;
const saveDuringSyncRatio = sync.saveBusyMs / sync.saveIdleMs;
const downloadSet = `${FIRST_DOWNLOAD.people + FIRST_DOWNLOAD.visits} rows`;
const dataSet = `${BENCH_DATA.visits} visits, ${BENCH_DATA.people} people, ${BENCH_DATA.initiatives} initiatives`;

const rows = [
  [
    'initial JS (gzip)',
    formatKb(js.totalGzipBytes),
    `budget ${formatKb(INITIAL_JS_BUDGET_GZIP_BYTES)}`,
    `${(js.totalGzipBytes / STACK_FLOOR_GZIP_BYTES).toFixed(2)}× stack floor (${formatKb(STACK_FLOOR_GZIP_BYTES)})`,
  ],
  [
    "resident's idea form JS (gzip)",
    formatKb(ideeJs.totalGzipBytes),
    `budget ${formatKb(IDEE_JS_BUDGET_GZIP_BYTES)}`,
    `${ideeJs.files.length} files; no Preact, no Dexie`,
  ],
  [
    `idea form usable on a first visit, ${IDEE_NETWORK} (median)`,
    `${(idee.medianMs / 1000).toFixed(1)} s`,
    `budget ${IDEE_INTERACTIVE_BUDGET_MS / 1000} s`,
    `runs ${idee.runs.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s`,
  ],
  [
    `start → first health (median of ${STARTUP_RUNS})`,
    `${startupMedian.toFixed(0)} ms`,
    `budget ${STARTUP_BUDGET_MS} ms`,
    `${(startupMedian / STARTUP_BUDGET_MS).toFixed(2)}× budget; runs ${startups.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  ],
  [
    `save a visit + outbox entry (median, ${dataSet})`,
    `${records.saveVisitMs.toFixed(2)} ms`,
    `budget ${SAVE_RATIO_BUDGET}× raw put`,
    `${saveRatio.toFixed(2)}× raw IndexedDB put (${records.rawPutMs.toFixed(2)} ms)`,
  ],
  [
    'Vandaag: data ready (median)',
    `${records.openTodayMs.toFixed(1)} ms`,
    `budget ${SCREEN_BUDGET_MS} ms`,
    `${(records.openTodayMs / SCREEN_BUDGET_MS).toFixed(2)}× budget`,
  ],
  [
    'Initiatieven list: data ready (median)',
    `${records.openInitiativesMs.toFixed(1)} ms`,
    `budget ${SCREEN_BUDGET_MS} ms`,
    `${(records.openInitiativesMs / SCREEN_BUDGET_MS).toFixed(2)}× budget`,
  ],
  [
    'Nieuw bezoek: data ready (median)',
    `${records.openNewVisitMs.toFixed(1)} ms`,
    `budget ${SCREEN_BUDGET_MS} ms`,
    `${(records.openNewVisitMs / SCREEN_BUDGET_MS).toFixed(2)}× budget`,
  ],
  [
    'one visit: data ready (median)',
    `${records.openVisitMs.toFixed(1)} ms`,
    `budget ${SCREEN_BUDGET_MS} ms`,
    `${(records.openVisitMs / SCREEN_BUDGET_MS).toFixed(2)}× budget`,
  ],
  [
    'search over all records (median)',
    `${records.searchMs.toFixed(1)} ms`,
    `budget ${SCREEN_BUDGET_MS} ms`,
    `${(records.searchMs / SCREEN_BUDGET_MS).toFixed(2)}× budget`,
  ],
  [
    `push ${PUSH_MUTATIONS} mutations, device → server over HTTP (median)`,
    `${push.pushMs.toFixed(0)} ms`,
    'report only',
    `${pushRate.toFixed(0)} mutations/s end to end (device on fake-indexeddb); ` +
      `whole syncOnce incl. pulling them back ${push.syncOnceMs.toFixed(0)} ms`,
  ],
  [
    `server applyPush of ${PUSH_MUTATIONS} mutations, batches of 500 (median)`,
    `${push.applyMs.toFixed(0)} ms`,
    `budget ≥ ${APPLY_RATIO_BUDGET}× plain insert rate, same commits`,
    `${applyRatio.toFixed(2)}× plain better-sqlite3 insert committed per 500 (${push.plainBatchedMs.toFixed(0)} ms; ` +
      `${(push.plainInsertMs / push.applyMs).toFixed(2)}× the one-transaction insert, ${push.plainInsertMs.toFixed(0)} ms); ` +
      `its rows written alone, in its 4 transactions: ${push.storeOnlyMs.toFixed(0)} ms = ` +
      `${(push.plainBatchedMs / push.storeOnlyMs).toFixed(2)}×`,
  ],
  postgresPush
    ? [
        `server applyPush of ${PUSH_MUTATIONS} mutations on PostgreSQL, batches of 500 (median)`,
        `${postgresPush.applyMs.toFixed(0)} ms`,
        `budget ≥ ${APPLY_RATIO_BUDGET}× plain insert rate, same commits`,
        `${(postgresApplyRatio ?? 0).toFixed(2)}× plain insert of 500 rows per statement ` +
          `committed per 500 (${postgresPush.plainBulkMs.toFixed(0)} ms); ` +
          `${(postgresPush.plainRowsMs / postgresPush.applyMs).toFixed(2)}× one INSERT per row ` +
          `(${postgresPush.plainRowsMs.toFixed(0)} ms); SQLite above: ${applyRatio.toFixed(2)}×`,
      ]
    : [
        `server applyPush of ${PUSH_MUTATIONS} mutations on PostgreSQL`,
        'skipped',
        'no PostgreSQL binaries (/usr/lib/postgresql/*/bin)',
        '',
      ],
  [
    `first pull page + count, gebiedsverbinder reading none of ${pullRows} rows (median)`,
    `${pull.emptyMs.toFixed(2)} ms`,
    `budget ${EMPTY_PULL_BUDGET_MS} ms`,
    `${(pull.emptyBaselineMs / pull.emptyMs).toFixed(0)}× faster than the JSON scope filter ` +
      `(${pull.emptyBaselineMs.toFixed(0)} ms)`,
  ],
  [
    `first pull page + count, reading ${PULL_BENCH_READABLE} of ${pullRows} rows (median)`,
    `${pull.readableMs.toFixed(2)} ms`,
    'report only',
    `${(pull.readableBaselineMs / pull.readableMs).toFixed(0)}× faster than the JSON scope ` +
      `filter (${pull.readableBaselineMs.toFixed(0)} ms); the rows written in ${(pull.fillMs / 1000).toFixed(1)} s`,
  ],
  [
    `first download of ${downloadSet} into a new device (median)`,
    `${sync.downloadMs.toFixed(0)} ms`,
    `budget ${FIRST_DOWNLOAD_RATIO_BUDGET}× raw write`,
    `${downloadRatio.toFixed(2)}× raw IndexedDB bulk write (${sync.rawWriteMs.toFixed(0)} ms); ` +
      `${sync.pages} pages; runs ${sync.downloads.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  ],
  [
    'save a visit while sync stores 500-row pages (median)',
    `${sync.saveBusyMs.toFixed(1)} ms`,
    `budget ${SAVE_DURING_SYNC_RATIO_BUDGET}× idle save`,
    `${saveDuringSyncRatio.toFixed(2)}× idle save (${sync.saveIdleMs.toFixed(1)} ms); ` +
      `a page write takes ${sync.pageWriteMs.toFixed(0)} ms`,
  ],
  [
    `Overzicht, ${OVERVIEW_DATA.visits} visits + ${OVERVIEW_DATA.initiatives} initiatives, a year (median)`,
    `${overview.medianMs.toFixed(1)} ms`,
    `budget ${OVERVIEW_BUDGET_MS} ms`,
    `${(overview.medianMs / OVERVIEW_BUDGET_MS).toFixed(2)}× budget; every figure and list, in Node`,
  ],
];

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
const anchors = ANCHORS.map((a) => `${a.name} ${(a.fast3gMs / 1000).toFixed(1)} s`).join(', ');
for (const visit of weak.visits) {
  const goal = USABLE_BUDGET_MS[visit.profile] ?? 0;
  rows.push([
    `first visit, ${visit.profile}, empty cache: sign-in form usable (median)`,
    `${visit.usableMs.toFixed(0)} ms`,
    `goal ${goal} ms (report only)`,
    `${(visit.usableMs / goal).toFixed(2)}× goal; runs ${visit.usableRuns.map((ms) => ms.toFixed(0)).join(', ')} ms; ` +
      `taken over by the app (Inloggen acts at once) ${visit.readyMs.toFixed(0)} ms, ` +
      `${(visit.readyMs / goal).toFixed(2)}× goal; ` +
      `worker starts after the app took over: ${visit.precacheBeforeUsable ? 'NO' : 'yes'}; offline-ready after ` +
      `${(visit.offlineReadyMs / 1000).toFixed(1)} s${visit.profile === 'Fast 3G' ? `; anchors on Fast 3G: ${anchors}` : ''}`,
  ]);
}
const visit = weak.visits[0];
const firstVisitBytes = visit ? visit.pageBytes + visit.precacheBytes : 0;
if (visit) {
  rows.push([
    'first visit: bytes on the wire, page + precache (headers included)',
    kb(firstVisitBytes),
    `budget ${kb(FIRST_VISIT_BUDGET_BYTES)}`,
    `page ${kb(visit.pageBytes)} in ${visit.pageRequests} requests; precache ${kb(visit.precacheBytes)} ` +
      `in ${visit.precacheRequests} requests (sw.js included); bodies alone ${kb(visit.pageBodyBytes)} + ` +
      `${kb(visit.precacheBodyBytes)} = ${kb(visit.pageBodyBytes + visit.precacheBodyBytes)}`,
  ]);
}
for (const resident of weak.residents) {
  rows.push([
    `resident's idea form (/idee), first visit, ${resident.profile}: kern choice usable (median)`,
    `${resident.usableMs.toFixed(0)} ms`,
    'report only',
    `runs ${resident.usableRuns.map((ms) => ms.toFixed(0)).join(', ')} ms; page ` +
      `${kb(resident.pageBytes)} in ${resident.pageRequests} requests`,
  ]);
}
for (const role of ['gebiedsverbinder', 'teamleider']) {
  const on = weak.syncs.find((s) => s.role === role && s.compressed);
  const off = weak.syncs.find((s) => s.role === role && !s.compressed);
  if (!on || !off) continue;
  rows.push([
    `first sync of the demo data set, ${role}, Fast 3G (sign-in to done)`,
    `${on.ms.toFixed(0)} ms, ${kb(on.bytes)}`,
    'report only',
    `uncompressed ${off.ms.toFixed(0)} ms, ${kb(off.bytes)}: ${(off.bytes / on.bytes).toFixed(1)}× the bytes, ` +
      `${(off.ms / on.ms).toFixed(2)}× the time; ${on.rows} records, pull ` +
      `${(on.pullBytes / on.rows).toFixed(0)} B/row (uncompressed ${(off.pullBytes / off.rows).toFixed(0)} B/row)`,
  ]);
}
for (const row of rows) console.log(row.join(' | '));

const loadDevices = LOAD.connectors * LOAD.devicesPerConnector;
for (const result of load) {
  rows.push([
    `load: ${loadDevices} devices pushing, ${LOAD.pullers} pulling, ${result.processes} process(es) on ${result.engine}`,
    `${result.throughput.toFixed(0)} mutations/s`,
    'zero lost or doubled',
    `${result.mutations} mutations in batches of ${LOAD.perBatch}; push p99 ${result.p99Ms.toFixed(0)} ms, ` +
      `median ${result.medianMs.toFixed(0)} ms; lost ${result.missing}, doubled ${result.doubled}`,
  ]);
}

const overBudget =
  load.some((result) => result.missing > 0 || result.doubled > 0) ||
  js.totalGzipBytes > INITIAL_JS_BUDGET_GZIP_BYTES ||
  ideeJs.totalGzipBytes > IDEE_JS_BUDGET_GZIP_BYTES ||
  idee.medianMs > IDEE_INTERACTIVE_BUDGET_MS ||
  startupMedian > STARTUP_BUDGET_MS ||
  saveRatio > SAVE_RATIO_BUDGET ||
  Math.max(
    records.openTodayMs,
    records.openInitiativesMs,
    records.openNewVisitMs,
    records.openVisitMs,
    records.searchMs,
  ) > SCREEN_BUDGET_MS ||
  applyRatio < APPLY_RATIO_BUDGET ||
  (postgresApplyRatio !== null && postgresApplyRatio < APPLY_RATIO_BUDGET) ||
  pull.emptyMs > EMPTY_PULL_BUDGET_MS ||
  downloadRatio > FIRST_DOWNLOAD_RATIO_BUDGET ||
  saveDuringSyncRatio > SAVE_DURING_SYNC_RATIO_BUDGET ||
  overview.medianMs > OVERVIEW_BUDGET_MS ||
  firstVisitBytes > FIRST_VISIT_BUDGET_BYTES;
if (overBudget) {
  console.error('a budget was exceeded');
  process.exit(1);
}
