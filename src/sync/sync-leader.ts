/**
 * Who syncs an account: whoever holds its Web Lock (one tab, or the service worker when no
 * tab is open). The lock and the "sync now" channel share one name per account. This module
 * runs in tabs and in the service worker, so it uses nothing of `window` or `document`.
 */
export const leaderLockName = (userId: string): string => `noaber-sync-${userId}`;

/** The one message on the account's channel: "whoever leads, sync now". */
export const SYNC_NOW = 'sync-now';

/** Asks whichever tab leads to sync now ("Nu synchroniseren" in any tab, or the worker). */
export function requestSync(userId: string): void {
  const channel = new BroadcastChannel(leaderLockName(userId));
  channel.postMessage(SYNC_NOW);
  channel.close();
}

/** Listens for "sync now" on the account's channel; returns the function that stops it. */
export function onSyncRequested(userId: string, listener: () => void): () => void {
  const channel = new BroadcastChannel(leaderLockName(userId));
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === SYNC_NOW) listener();
  };
  return () => channel.close();
}
