import { performance } from 'node:perf_hooks';
import { startServerProcess } from '../support/server-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/** Issue #2: `npm start` to the first successful GET /api/health, after the build. */
export const STARTUP_BUDGET_MS = 2_000;

/**
 * Time from spawning the built server to its first 200 on /api/health, on a new data folder
 * (so the SQLite file is created and migrated inside the measured time).
 */
export async function measureStartupMs(): Promise<number> {
  const data = makeTempDir('bench');
  const started = performance.now();
  const server = await startServerProcess({ dataDir: data.path });
  const response = await fetch(`${server.baseUrl}/api/health`);
  const elapsed = performance.now() - started;
  if (!response.ok) throw new Error(`health answered ${response.status}`);
  await server.stop();
  data.remove();
  return elapsed;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
