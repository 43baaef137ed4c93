import type { NoaberDatabase } from '../db/database.ts';
import { watch } from '../db/live.ts';
import { updateSyncStatus } from '../db/sync-meta.ts';
import { askBrowserToSyncOutbox } from './background-sync-request.ts';
import { needsUser, syncAndRecordStatus } from './recorded-sync.ts';
import type { SyncTransport } from './sync-engine.ts';
import { leaderLockName, onSyncRequested } from './sync-leader.ts';

/** After a local write, wait this long for more typing before sending. */
const AFTER_WRITE_MS = 1_500;
/** While all is well, check the server this often (in the foreground). */
const HEALTHY_INTERVAL_MS = 5 * 60_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * Runs sync for one account while the app is open. One tab leads (a Web Lock per account;
 * when it closes, another tab takes over) and syncs on: start, `online`, becoming visible,
 * shortly after each local write, a timer (backing off with jitter after failures), and
 * "Nu synchroniseren" from any tab. Correctness never depends on any of these firing: the
 * outbox keeps everything until the server confirms it. Returns the function that stops it.
 */
export function startSyncRunner(options: {
  db: NoaberDatabase;
  userId: string;
  transport: SyncTransport;
}): () => void {
  const { db, userId, transport } = options;
  const stopped = new AbortController();
  let leading = false;
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Its own timer: a run that ends and sets the next check in five minutes must not cancel
  // the send of a change saved while it ran.
  let afterWriteTimer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped.signal.aborted) timer = setTimeout(() => void run(), ms);
  };
  const scheduleAfterWrite = () => {
    clearTimeout(afterWriteTimer);
    if (!stopped.signal.aborted) afterWriteTimer = setTimeout(() => void run(), AFTER_WRITE_MS);
  };

  // A trigger that fired during a run asks for one more (what it saw may have missed the run).
  const wantsAnother = () => again && !stopped.signal.aborted;

  const run = async (): Promise<void> => {
    if (!leading || stopped.signal.aborted) return;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once();
      } while (wantsAnother());
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };

  /*
   * Background Sync (Chromium): changes this tab cannot send now are left with the browser,
   * which wakes the service worker to push them once online, even if no tab is open then.
   * Two moments: a run finds the device offline (a registration made offline waits for the
   * network); and the tab is hidden with changes waiting (it may be frozen or closed before
   * it sends them). Never after a run failed while online: the registration would fire at
   * once and the worker would ask this tab to run again, a loop without backoff; the retry
   * timer covers that while the tab is open. Once per offline spell, in case the browser
   * thinks it is online while this tab does not (DevTools' offline mode): the same loop.
   * "Once" counts registrations, not offline runs: a run that found the outbox empty must
   * not keep a visit saved later in the same spell from being handed over.
   */
  let handedOver = false;
  /** True when the outbox held changes and was left with the browser. */
  const handOverToBrowser = async (): Promise<boolean> => {
    if ((await db.outbox.count()) === 0) return false;
    await askBrowserToSyncOutbox();
    return true;
  };

  const once = async () => {
    if (!navigator.onLine) {
      await updateSyncStatus(db, { state: 'failed', failure: 'network' });
      if (!handedOver) handedOver = await handOverToBrowser();
      return; // `online` starts the next one
    }
    handedOver = false;
    const failure = await syncAndRecordStatus(db, transport);
    if (failure === null) {
      failures = 0;
      schedule(withJitter(HEALTHY_INTERVAL_MS));
    } else {
      failures += 1;
      if (!needsUser(failure)) {
        schedule(withJitter(Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1))));
      }
    }
  };

  const onOnline = () => void run();
  const onVisibilityChange = () => {
    if (document.visibilityState === 'visible') void run();
    // Best effort: the runner may be stopping (its database closed); the outbox keeps all.
    else void handOverToBrowser().catch(() => false);
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisibilityChange);
  const stopListening = onSyncRequested(userId, () => void run());

  // A local write (in any tab) grows the outbox: send it once the typing pauses.
  let lastCount = Infinity;
  const stopWatching = watch(
    () => db.outbox.count(),
    (count) => {
      if (count > lastCount) scheduleAfterWrite();
      lastCount = count;
    },
    () => undefined,
  );

  void navigator.locks
    .request(leaderLockName(userId), { signal: stopped.signal }, async () => {
      leading = true;
      void run();
      // Hold the lock until this runner stops (tab closed, signed out).
      await new Promise<void>((resolve) =>
        stopped.signal.addEventListener('abort', () => resolve()),
      );
      leading = false;
    })
    .catch(() => undefined);

  return () => {
    stopped.abort();
    clearTimeout(timer);
    clearTimeout(afterWriteTimer);
    stopWatching();
    stopListening();
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

/** ±20 %: devices that went offline together do not all come back at the same second. */
function withJitter(ms: number): number {
  return Math.round(ms * (0.8 + Math.random() * 0.4));
}
