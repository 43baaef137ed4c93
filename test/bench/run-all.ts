import { DIST_DIR, requireBuild } from '../support/paths.ts';
import {
  formatKb,
  INITIAL_JS_BUDGET_GZIP_BYTES,
  measureInitialJs,
  STACK_FLOOR_GZIP_BYTES,
} from '../build/initial-js.ts';
import { BENCH_DATA, runRecordsBench } from './records-bench.ts';
import { measureStartupMs, median, STARTUP_BUDGET_MS } from './startup-time.ts';

/** `npm run bench`: every performance budget, measured on this machine, as a table. */
const STARTUP_RUNS = 7;

const js = measureInitialJs(requireBuild(DIST_DIR));
const startups: number[] = [];
for (let run = 0; run < STARTUP_RUNS; run += 1) startups.push(await measureStartupMs());
const startupMedian = median(startups);

const records = await runRecordsBench();
const SAVE_RATIO_BUDGET = 3;
const SCREEN_BUDGET_MS = 100;
const saveRatio = records.saveVisitMs / records.rawPutMs;
const dataSet = `${BENCH_DATA.visits} visits, ${BENCH_DATA.people} people, ${BENCH_DATA.initiatives} initiatives`;

const rows = [
  [
    'initial JS (gzip)',
    formatKb(js.totalGzipBytes),
    `budget ${formatKb(INITIAL_JS_BUDGET_GZIP_BYTES)}`,
    `${(js.totalGzipBytes / STACK_FLOOR_GZIP_BYTES).toFixed(2)}× stack floor (${formatKb(STACK_FLOOR_GZIP_BYTES)})`,
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
    'search over all records (median)',
    `${records.searchMs.toFixed(1)} ms`,
    `budget ${SCREEN_BUDGET_MS} ms`,
    `${(records.searchMs / SCREEN_BUDGET_MS).toFixed(2)}× budget`,
  ],
];
for (const row of rows) console.log(row.join(' | '));

const overBudget =
  js.totalGzipBytes > INITIAL_JS_BUDGET_GZIP_BYTES ||
  startupMedian > STARTUP_BUDGET_MS ||
  saveRatio > SAVE_RATIO_BUDGET ||
  Math.max(records.openTodayMs, records.openInitiativesMs, records.searchMs) > SCREEN_BUDGET_MS;
if (overBudget) {
  console.error('a budget was exceeded');
  process.exit(1);
}
