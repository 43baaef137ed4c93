import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { searchEverything } from '../../src/db/queries/search-queries.ts';
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
    expect(db.verno).toBe(5);
    expect(await db.meta.get('clientId')).toEqual({ key: 'clientId', value: 'client-1' });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.visits.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });

  it('moves the search words of a version-3 database into search texts', async () => {
    const name = `upgrade-${newId()}`;
    // Version 3 as shipped: the words as a multi-entry index, three more visit indexes.
    const v3 = new Dexie(name);
    v3.version(3).stores({
      outbox: '++seq, table, recordId, mutationId',
      meta: 'key',
      drafts: 'key',
      organisations: 'id, *kernIds, kindId, name',
      people: 'id, kernId, name',
      visits:
        'id, date, kernId, authorId, [authorId+date], *organisationIds, *personIds, *initiativeIds',
      initiatives: 'id, kernId, status, assignedConnectorId, feedbackDeadline, registeredOn',
      actions: 'id, [assigneeId+dueDate], visitId, initiativeId',
      searchIndex: 'key, *words',
      conflicts: 'id, recordId',
      rejections: 'id, recordId',
    });
    const person = { id: newId(), name: 'Anna Smit', kernId: 'k1', email: '', deleted: false };
    const gone = { id: newId(), name: 'Anna Weg', kernId: 'k1', email: '', deleted: true };
    await v3.table('people').bulkPut([person, gone]);
    await v3.table('searchIndex').put({ key: `people:${person.id}`, words: ['anna', 'smit'] });
    v3.close();

    const db = new NoaberDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.tables.map((table) => table.name)).not.toContain('searchIndex');
    const found = await searchEverything(db, 'ann');
    expect(found?.people.shown.map((p) => p.id)).toEqual([person.id]);
    db.close();
    await Dexie.delete(name);
  });

  it('folds the stored search words of a version-4 database again (NFKD: Ĳ, ﬁ)', async () => {
    const name = `upgrade-${newId()}`;
    // Version 4 as shipped: its search log holds "ĳsclub" and "ﬁets" as they were folded then.
    const v4 = new Dexie(name);
    v4.version(4).stores({
      outbox: '++seq, table, recordId, mutationId',
      meta: 'key',
      drafts: 'key',
      organisations: 'id, *kernIds, kindId, name',
      people: 'id, kernId, name',
      visits: 'id, [authorId+date], *organisationIds, *personIds, *initiativeIds',
      initiatives: 'id, kernId, status, assignedConnectorId, feedbackDeadline, registeredOn',
      actions: 'id, [assigneeId+dueDate], visitId, initiativeId',
      searchLog: '++seq',
      conflicts: 'id, recordId',
      rejections: 'id, recordId',
    });
    const person = { id: newId(), name: 'Ĳsclub ﬁetsers', kernId: 'k1', email: '', deleted: false };
    await v4.table('people').put(person);
    await v4
      .table('searchLog')
      .add({ entries: [{ key: `people:${person.id}`, text: ' ĳsclub ﬁetsers' }] });
    await v4.table('outbox').add({ table: 'people', recordId: person.id, kind: 'create' });
    v4.close();

    const db = new NoaberDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    for (const query of ['ijsclub', 'fiets', 'IJSCLUB']) {
      const found = await searchEverything(db, query);
      expect(found?.people.shown.map((p) => p.id)).toEqual([person.id]);
    }
    // The upgrade touches the search words only: the unsent change stays.
    expect(await db.outbox.count()).toBe(1);
    db.close();
    await Dexie.delete(name);
  });
});
