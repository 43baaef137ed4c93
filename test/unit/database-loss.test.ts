import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { watchForLoss } from '../../src/db/database-loss.ts';
import type { NoaberDatabase } from '../../src/db/database.ts';
import {
  forgetLostDatabase,
  isOpenDatabase,
  openUserDatabase,
  userDatabaseName,
  wipeUserData,
} from '../../src/db/user-data.ts';
import { newId } from '../../src/shared/ids.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** As the app's LocalDataProvider watches the account's database; counts the losses. */
function watch(userId: string, db: NoaberDatabase): { lost: number } {
  const seen = { lost: 0 };
  watchForLoss(
    db,
    () => {
      forgetLostDatabase(userId, db);
      seen.lost += 1;
    },
    () => !isOpenDatabase(userId, db),
  );
  return seen;
}

describe('a database taken away from an open tab', () => {
  it('is reported when another page deletes it, and never silently recreated empty', async () => {
    const userId = newId();
    const db = await openUserDatabase(userId);
    await db.outbox.add({
      table: 'people',
      recordId: newId(),
      kind: 'create',
      patch: {},
      baseCursor: 0,
      createdAt: 1,
    });
    const seen = watch(userId, db);

    // Another tab of this site (or "clear site data") deletes it while this one has it open.
    await Dexie.delete(userDatabaseName(userId));
    await settle();
    expect(seen.lost).toBe(1);
    // This tab's reads fail instead of opening a new, empty database under the same name.
    await expect(db.outbox.count()).rejects.toThrow();
    expect(await Dexie.exists(userDatabaseName(userId))).toBe(false);
    // Signing in again opens a new database.
    const fresh = await openUserDatabase(userId);
    expect(fresh).not.toBe(db);
    expect(await fresh.outbox.count()).toBe(0);
    await wipeUserData(userId);
  });

  it('is not reported for a sign-out in this tab, nor for an upgrade a newer tab asks', async () => {
    const userId = newId();
    const db = await openUserDatabase(userId);
    const seen = watch(userId, db);

    // A newer app version in another tab opens the database at a higher version.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(userDatabaseName(userId), db.verno * 10 + 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    newer.close();
    await settle();
    expect(seen.lost).toBe(0);

    expect(await openUserDatabase(userId)).toBe(db);
    await wipeUserData(userId);
    await settle();
    expect(seen.lost).toBe(0);
  });
});
