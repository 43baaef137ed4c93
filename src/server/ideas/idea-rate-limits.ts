import { ApiFailure } from '../http/api-errors.ts';
import type { Store } from '../store/store.ts';

export interface RateLimit {
  max: number;
  windowMs: number;
}

const HOUR = 60 * 60 * 1000;

/**
 * The public routes' limits, counted in rate_windows (shared by every server process). A
 * household shares an address: ten ideas an hour is more than any family sends, and the
 * phone's queue simply tries again later. The overall limit caps what a botnet of many
 * addresses can put in front of the connectors before someone notices.
 */
export const IDEA_RATE_LIMITS = {
  perAddress: { max: 10, windowMs: HOUR },
  overall: { max: 300, windowMs: HOUR },
  /** Status page lookups and its actions: guessing a 69-bit code this way is hopeless. */
  lookupsPerAddress: { max: 120, windowMs: 10 * 60 * 1000 },
} as const satisfies Record<string, RateLimit>;

/** Counts one request under `key`; beyond the limit a 429 with Retry-After. */
export async function countRequest(
  store: Store,
  key: string,
  limit: RateLimit,
  now: number,
): Promise<void> {
  const { windowStart, hits } = await store.rateWindows.hit(key, now, limit.windowMs);
  if (hits <= limit.max) return;
  const waitSeconds = Math.max(1, Math.ceil((windowStart + limit.windowMs - now) / 1000));
  throw new ApiFailure(
    429,
    'rate-limited',
    `more than ${limit.max} requests: try again later`,
    waitSeconds,
  );
}
