import { clientsClaim } from 'workbox-core';
import { isPageToWorkerMessage } from '../shared/sw-messages.ts';

/**
 * A new worker waits until the page says SKIP_WAITING (the user chose "Vernieuwen"); it then
 * claims the open tabs so they learn of it. On a first install there is nothing to wait for.
 */
export function waitForUserToApplyUpdates(worker: ServiceWorkerGlobalScope): void {
  worker.addEventListener('message', (event) => {
    // SKIP_WAITING is the only message so far; a second one turns this into a switch.
    if (isPageToWorkerMessage(event.data)) void worker.skipWaiting();
  });
  clientsClaim();
}
