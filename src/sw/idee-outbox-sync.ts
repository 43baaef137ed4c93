import { flushQueue, IDEE_SYNC_TAG } from '../idee/idee-outbox.ts';

/**
 * Background Sync for the resident's idea form: an idea sent without a connection leaves a
 * tag with the browser, which wakes this worker once online, so the idea goes out even when
 * the page was closed. A rejection makes the browser try again later.
 */
export function sendIdeasWhenOnline(worker: ServiceWorkerGlobalScope): void {
  worker.addEventListener('sync', (event) => {
    if (event.tag !== IDEE_SYNC_TAG) return;
    event.waitUntil(
      flushQueue().then((waiting) => {
        if (waiting > 0) throw new Error(`${waiting} ideas still wait`);
      }),
    );
  });
}
