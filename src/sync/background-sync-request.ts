import { OUTBOX_SYNC_TAG } from '../shared/sw-messages.ts';

/** Background Sync's part of a registration; Chromium has it, Firefox and Safari do not. */
interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/**
 * Leaves the outbox tag with the browser: once online it wakes the service worker, which
 * pushes the outbox even if no tab of the app is open by then. Without Background Sync, or
 * without a service worker in control (first visit, dev server), nothing happens and the
 * tabs sync as before. A refused registration (the user blocked background sync) is no
 * failure to show: the outbox simply waits for the app.
 */
export async function askBrowserToSyncOutbox(): Promise<void> {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container?.controller) return;
  const registration: ServiceWorkerRegistration & { sync?: SyncManagerLike } =
    await container.ready;
  await registration.sync?.register(OUTBOX_SYNC_TAG).catch(() => undefined);
}
