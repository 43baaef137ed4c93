import { get, set } from 'idb-keyval';
import { IDEE_SYNC_TAG, store } from './idee-outbox.ts';

export { enqueue, flushQueue } from './idee-outbox.ts';

/** Asks the browser to send the queue once online, even with the page closed (Chromium). */
export async function askBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration('/idee');
  const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)
    ?.sync;
  await sync?.register(IDEE_SYNC_TAG).catch(() => undefined);
}

/** The last status page state this phone fetched per code, for offline visits. */
export async function rememberStatus(code: string, view: unknown, at: number): Promise<void> {
  await set(`status:${code}`, { view, at }, store);
}

export async function rememberedStatus(
  code: string,
): Promise<{ view: unknown; at: number } | undefined> {
  return get<{ view: unknown; at: number }>(`status:${code}`, store);
}

/** The kern list from the last visit (the form works offline after one visit). */
export async function rememberKernen(kernen: unknown): Promise<void> {
  await set('kernen', kernen, store);
}

export async function rememberedKernen(): Promise<unknown> {
  return get('kernen', store);
}
