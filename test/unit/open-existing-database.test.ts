import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  openExistingUserDatabase,
  openUserDatabase,
  userDatabaseName,
} from '../../src/db/user-data.ts';

describe('the database a Background Sync worker may open', () => {
  it('is none where the browser holds none, and none is made', async () => {
    const userId = crypto.randomUUID();
    expect(await openExistingUserDatabase(userId)).toBeNull();
    expect(await Dexie.exists(userDatabaseName(userId))).toBe(false);
  });

  it("is the account's own while it exists", async () => {
    const userId = crypto.randomUUID();
    const db = await openUserDatabase(userId);
    expect(await openExistingUserDatabase(userId)).toBe(db);
  });

  it('is none again once another page deleted it', async () => {
    const userId = crypto.randomUUID();
    const db = await openUserDatabase(userId);
    db.close();
    await Dexie.delete(userDatabaseName(userId));
    expect(await openExistingUserDatabase(userId)).toBeNull();
    expect(await Dexie.exists(userDatabaseName(userId))).toBe(false);
  });
});
