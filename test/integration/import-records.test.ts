import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import { importRecords } from '../../src/server/sync-service/import-records.ts';
import { kernKey } from '../../src/server/sync-service/record-scope.ts';
import { newId } from '../../src/shared/ids.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { openTestStore, type TestStore } from '../support/test-store.ts';

describe('importRecords (the demo data set)', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let store: TestStore;

  beforeEach(async () => {
    dir = makeTempDir('import');
    store = await openTestStore(dir.path);
    await seedReferenceData(store, 'dalfsen');
  });
  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  it('gives an action the kern of a visit imported in the same call, each its own seq', async () => {
    const kernId = (await store.reference.listKernen())[0]?.id ?? '';
    const authorId = newId();
    const now = Date.now();
    const meta = (id: string) => ({ id, createdAt: now, updatedAt: now, deleted: false });
    const visit = {
      ...meta(newId()),
      date: '2025-11-21',
      kernId,
      channel: 'bezoek',
      noteRevisions: [{ id: newId(), text: 'Koffie.', createdAt: now, authorId }],
      authorId,
    };
    const action = {
      ...meta(newId()),
      what: 'Terugbellen',
      assigneeId: authorId,
      dueDate: '2025-11-28',
      visitId: visit.id,
    };
    const before = await store.sync.lastSeq();

    await importRecords(store, [
      { table: 'visits', record: visit },
      { table: 'actions', record: action },
    ]);

    const storedVisit = await store.sync.findRecord('visits', visit.id);
    const storedAction = await store.sync.findRecord('actions', action.id);
    expect(storedAction?.scope).toContain(kernKey(kernId));
    expect([storedVisit?.seq, storedAction?.seq]).toEqual([before + 1, before + 2]);
  });
});
