/**
 * When the user last wrote to each open database in this tab (a save, or a draft while
 * typing), so that sync makes way for them. IndexedDB runs read-write transactions on the
 * same stores one after another: a save that comes while sync stores a page waits until
 * that transaction is done. So while the user works, sync stores pulled rows in small
 * transactions, and only in the pauses between their writes; otherwise in large ones, which
 * a first download of thousands of rows needs to be quick.
 */
const lastWrites = new Map<string, number>();

/** How long after a write the user counts as at work: typing pauses, then "Opslaan" comes. */
export const USER_ACTIVE_MS = 15_000;
/** A pause in the user's writes this long lets sync store one small slice. */
export const USER_PAUSE_MS = 500;
/** Sync never waits longer than this for a pause: a long typing session must not stall it. */
export const MAX_WAIT_FOR_PAUSE_MS = 2_000;

export function noteUserWrite(databaseName: string, now = Date.now()): void {
  lastWrites.set(databaseName, now);
}

export function userWroteRecently(databaseName: string, now = Date.now()): boolean {
  return now - (lastWrites.get(databaseName) ?? -Infinity) < USER_ACTIVE_MS;
}

/** Resolves once the user paused writing for USER_PAUSE_MS, or after MAX_WAIT_FOR_PAUSE_MS. */
export async function waitForUserPause(databaseName: string): Promise<void> {
  const giveUpAt = Date.now() + MAX_WAIT_FOR_PAUSE_MS;
  for (;;) {
    const now = Date.now();
    const quietAt = (lastWrites.get(databaseName) ?? -Infinity) + USER_PAUSE_MS;
    if (now >= quietAt || now >= giveUpAt) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(quietAt, giveUpAt) - now));
  }
}
