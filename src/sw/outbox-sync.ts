import { OUTBOX_SYNC_TAG } from '../shared/sw-messages.ts';
import { syncInBackground } from '../sync/background-sync.ts';

/**
 * Background Sync (Chromium; other browsers never send the event and the open tabs sync as
 * before): when the page left the outbox tag with the browser, the browser wakes this worker
 * once the device is online, and the outbox goes out even with no tab of the app open. A
 * rejected promise makes the browser try again later (it backs off, and gives up after a few
 * tries); failures only the user can fix resolve, so they never loop.
 */
export function pushOutboxWhenOnline(worker: ServiceWorkerGlobalScope): void {
  worker.addEventListener('sync', (event) => {
    if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(syncInBackground());
  });
}
