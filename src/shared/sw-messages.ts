/**
 * Messages between the page and the service worker, as a typed union instead of bare strings.
 * `SKIP_WAITING` is also what workbox-window's `messageSkipWaiting()` sends, so the page's
 * update prompt (vite-plugin-pwa) and our worker agree on it.
 */
export type PageToWorkerMessage = { type: 'SKIP_WAITING' };

export function isPageToWorkerMessage(data: unknown): data is PageToWorkerMessage {
  return (
    typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING'
  );
}

/**
 * The Background Sync tag the page registers while the outbox holds changes it could not
 * send; the browser (Chromium) hands it back to the worker in a `sync` event once online.
 */
export const OUTBOX_SYNC_TAG = 'noaber-outbox';
