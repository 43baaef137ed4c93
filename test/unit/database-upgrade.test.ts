import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { newId } from '../../src/shared/ids.ts';

describe('local database upgrades', () => {
  it('opens a version-1 database with unsent changes and keeps them', async () => {
    const name = `upgrade-${newId()}`;
    // Version 1 as shipped: outbox and meta only.
    const v1 = new Dexie(name);
    v1.version(1).stores({ outbox: '++seq, table, recordId', meta: 'key' });
    await v1.table('meta').put({ key: 'clientId', value: 'client-1' });
    await v1
      .table('outbox')
      .add({ table: 'visits', recordId: 'r1', kind: 'create', patch: {}, createdAt: 1 });
    v1.close();

    const db = new NoaberDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.meta.get('clientId')).toEqual({ key: 'clientId', value: 'client-1' });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.visits.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});
