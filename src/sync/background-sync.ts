import { loadSession } from '../db/session-storage.ts';
import * as userData from '../db/user-data.ts';
import type { FailureReason } from './api-client.ts';
import { AuthClient } from './auth-client.ts';
import { httpTransport } from './http-transport.ts';
import { needsUser, syncAndRecordStatus } from './recorded-sync.ts';
import { leaderLockName, requestSync } from './sync-leader.ts';

/**
 * Sync from the service worker's `sync` event (Background Sync, Chromium only), so that the
 * outbox goes out when the device is online again even if no tab of the app is open. The one
 * module of src/sync the service worker imports: it and everything it imports also run in a
 * worker, without `window` or `document` (src/sw/tsconfig.json checks them under that lib).
 *
 * Nothing here is needed for correctness: the tabs sync as before, and this runs the same
 * idempotent engine under the same per-account lock, so a change is never sent twice by a
 * tab and the worker at once, and never lost (the outbox keeps it until the server confirms).
 */

export type BackgroundSyncOutcome =
  /** Nobody is signed in, or the session needs a new sign-in: nothing until the user acts. */
  | 'no-session'
  /** A tab of the account leads sync: it was asked to sync now. */
  | 'asked-leader'
  | 'synced'
  /** The run failed in a way only the user can fix (session ended, update required). */
  | 'needs-user';

/** A failure that time may fix (no network, server busy): the browser tries again later. */
export class RetryLater extends Error {
  constructor(readonly reason: FailureReason) {
    super(`background sync failed: ${reason}`);
    this.name = 'RetryLater';
  }
}

/** What the decision needs from the world; tests give fakes. */
export interface BackgroundSyncDeps {
  /** The signed-in account, unless its session waits for a new sign-in. */
  signedInUser(): Promise<string | undefined>;
  /**
   * Runs `work` holding the account's sync lock if it is free or frees within `waitMs`;
   * otherwise does nothing and gives null.
   */
  whenLeaderless<T>(
    userId: string,
    waitMs: number,
    work: () => Promise<T>,
  ): Promise<{ led: true; value: T } | null>;
  askLeader(userId: string): void;
  /** One sync run that records its status; the failure's reason, or null. */
  sync(userId: string): Promise<FailureReason | null>;
}

/**
 * How long the worker waits for a leading tab to let go of the lock before leaving the sync
 * to it. The tab may be closing: hiding it with changes waiting registers the tag, which
 * fires at once when online, while the closing tab still holds the lock and can no longer
 * run the sync it is asked for. A tab that stays open keeps the lock; nothing is lost then.
 */
export const LEADER_GRACE_MS = 10_000;

/**
 * Resolves when nothing is left for the browser to retry; throws RetryLater when the run
 * failed for a reason that may pass. The caller hands the promise to `event.waitUntil`.
 */
export async function syncInBackground(
  deps: BackgroundSyncDeps = workerDeps,
): Promise<BackgroundSyncOutcome> {
  const userId = await deps.signedInUser();
  if (userId === undefined) return 'no-session';
  const sync = () => deps.sync(userId);
  let run = await deps.whenLeaderless(userId, 0, sync);
  if (run === null) {
    // A tab leads; it syncs now, and hands the outbox back to the browser if it cannot.
    deps.askLeader(userId);
    // Unless it is closing: then the lock frees soon, and this worker syncs instead.
    run = await deps.whenLeaderless(userId, LEADER_GRACE_MS, sync);
    if (run === null) return 'asked-leader';
  }
  const failure = run.value;
  if (failure === null) return 'synced';
  // Retrying cannot help until the user signs in or updates: resolve, or it would loop.
  if (needsUser(failure)) return 'needs-user';
  throw new RetryLater(failure);
}

/** One per worker: it refreshes the token under the same lock as the tabs do. */
let auth: AuthClient | undefined;

const workerDeps: BackgroundSyncDeps = {
  async signedInUser() {
    const session = await loadSession();
    return session && !session.needsSignIn ? session.user.id : undefined;
  },
  async whenLeaderless(userId, waitMs, work) {
    const led = async (lock: Lock | null) =>
      lock ? { led: true as const, value: await work() } : null;
    if (waitMs === 0) {
      return navigator.locks.request(leaderLockName(userId), { ifAvailable: true }, led);
    }
    // The signal only abandons the wait: once granted, the lock is held until `work` ends.
    const signal = AbortSignal.timeout(waitMs);
    try {
      return await navigator.locks.request(leaderLockName(userId), { signal }, led);
    } catch (error) {
      // Rejected with the signal's own reason: the wait ran out before the lock was granted.
      if (error === signal.reason) return null;
      throw error;
    }
  },
  askLeader: requestSync,
  async sync(userId) {
    // The databases are imported here already (a worker's classic script has no dynamic import).
    auth ??= new AuthClient(() => Promise.resolve(userData));
    // Nothing to send from a database the browser deleted; and none is made anew here.
    const db = await userData.openExistingUserDatabase(userId);
    return db && syncAndRecordStatus(db, httpTransport(auth));
  },
};
