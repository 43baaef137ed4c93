import type { NoaberDatabase } from './database.ts';

/**
 * Notices that an open database was taken away from this tab: deleted by another tab or page
 * of this site (a sign-out there, "clear site data"), or closed by the browser itself when it
 * cleared or evicted the site's storage. Without this, Dexie would reopen the name on the
 * next read and create an empty database in its place: the screens would show no kernen and
 * "Alles is verstuurd", and the unsent changes would be gone without a word.
 *
 * After a loss the database stays closed (no automatic reopening); `onLost` runs once.
 * Not a loss: an upgrade asked by a newer tab (the update prompt handles that), or a close
 * this tab made itself (`closedOnPurpose`: a sign-out, a revoke).
 */
export function watchForLoss(
  db: NoaberDatabase,
  onLost: () => void,
  closedOnPurpose: () => boolean,
): void {
  let lost = false;
  let closingForGood = false;
  const closeForGood = () => {
    closingForGood = true;
    try {
      db.close({ disableAutoOpen: true });
    } finally {
      closingForGood = false;
    }
  };
  const lose = () => {
    if (lost) return;
    lost = true;
    closeForGood();
    onLost();
  };
  let upgrading = false;
  db.on('versionchange', (event) => {
    // newVersion null: a delete request. Dexie's own handler closed the connection already.
    if (event.newVersion === null) lose();
    else upgrading = true;
  });
  db.on('close', () => {
    if (closingForGood) return;
    // Fired for every close, also by Dexie's own versionchange handler before ours runs:
    // decided a moment later, when a versionchange (if any) has said what it was. Only a
    // close nobody asked for is left: the browser took the data. Once lost, any later close
    // (the connection's own close event) must not let Dexie reopen the name either.
    setTimeout(() => {
      if (lost) closeForGood();
      else if (!upgrading && !closedOnPurpose()) lose();
    }, 0);
  });
}
