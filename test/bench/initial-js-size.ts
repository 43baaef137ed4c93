import { DIST_DIR, requireBuild } from '../support/paths.ts';
import {
  formatKb,
  INITIAL_JS_BUDGET_GZIP_BYTES,
  measureInitialJs,
  STACK_FLOOR_GZIP_BYTES,
} from '../build/initial-js.ts';

/** `npm run size`: prints the initial JS of the built app and fails above the budget. */
const report = measureInitialJs(requireBuild(DIST_DIR));
for (const { file, gzipBytes } of report.files)
  console.log(`${formatKb(gzipBytes).padStart(9)}  ${file}`);
console.log(
  `initial JS ${formatKb(report.totalGzipBytes)} gzip; budget ${formatKb(INITIAL_JS_BUDGET_GZIP_BYTES)}; ` +
    `${(report.totalGzipBytes / STACK_FLOOR_GZIP_BYTES).toFixed(2)}× the stack floor of ${formatKb(STACK_FLOOR_GZIP_BYTES)}`,
);
if (report.totalGzipBytes > INITIAL_JS_BUDGET_GZIP_BYTES) {
  console.error('over budget');
  process.exit(1);
}
