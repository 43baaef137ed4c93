import { ApiFailure } from '../http/api-errors.ts';
import type { Store } from '../store/store.ts';

export interface PushRateLimit {
  /** Pushes one account may make per window, from all its devices together. */
  maxPushes: number;
  windowMs: number;
}

/**
 * Generous for real work: a device back after a week offline sends a few thousand changes
 * in batches of 500, ten or so pushes; while someone types, a device pushes at most every
 * second or two. Only a runaway loop or abuse reaches 120 a minute.
 */
export const DEFAULT_PUSH_RATE_LIMIT: PushRateLimit = { maxPushes: 120, windowMs: 60_000 };

/**
 * Counts a push for the account and refuses it (429 rate-limited, with Retry-After until its
 * window ends) beyond the limit. The count is in the database, so every server process
 * shares it. Call it inside the push's transaction: that costs no extra commit, and a
 * refused (rolled back) push counts nothing.
 */
export async function countPush(
  store: Store,
  userId: string,
  now: number,
  limit: PushRateLimit,
): Promise<void> {
  const { windowStart, hits } = await store.rateWindows.hit(`push:${userId}`, now, limit.windowMs);
  if (hits <= limit.maxPushes) return;
  const waitSeconds = Math.max(1, Math.ceil((windowStart + limit.windowMs - now) / 1000));
  throw new ApiFailure(
    429,
    'rate-limited',
    `more than ${limit.maxPushes} pushes in ${limit.windowMs / 1000} s: try again later`,
    waitSeconds,
  );
}
