import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.ts';
import { applyRetention, RETENTION_JOB, type RetentionOutcome } from './retention.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often a process asks whether the daily run is due (cheap: one row read). */
export const RETENTION_CHECK_MS = 60 * 60 * 1000;
/** A run that takes longer than this is taken over by another process (it crashed). */
const LEASE_MS = 30 * 60 * 1000;

/** This process, as a lease holder (several server processes may share one database). */
const HOLDER = randomUUID();

/**
 * Runs the retention terms when a day has passed since the last complete run (or never ran):
 * called at start, so a server that was down catches up at once, and every hour after. Of
 * several processes only the one that takes the lease row runs it. Returns what it did, or
 * null when it was not due or another process holds the lease.
 */
export async function runRetentionIfDue(
  store: Store,
  now: number,
  holder: string = HOLDER,
): Promise<RetentionOutcome | null> {
  const last = await store.privacy.lastRun(RETENTION_JOB);
  if (last !== null && now - last < DAY_MS) return null;
  if (!(await store.privacy.takeLease(RETENTION_JOB, holder, now, now + LEASE_MS))) return null;
  const outcome = await applyRetention(store, now);
  await store.privacy.finishRun(RETENTION_JOB, holder, now);
  return outcome;
}

/** Starts the hourly check for these stores (main.ts); a failed run is tried again next hour. */
export function startRetentionJob(
  stores: readonly Store[],
  log: (error: unknown) => void,
): () => void {
  const check = () => {
    for (const store of stores) {
      runRetentionIfDue(store, Date.now()).catch(log);
    }
  };
  check();
  const timer = setInterval(check, RETENTION_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
