import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import type { UserRecord } from '../../src/server/store/store.ts';
import { applyPush } from '../../src/server/sync-service/push-service.ts';
import { newId } from '../../src/shared/ids.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { openTestStore, type TestStore } from '../support/test-store.ts';

/**
 * One push batch that reads its own writes: applyPush reads the batch's records in one query
 * up front (batch-records.ts), so a record created, rejected and patched within the same
 * batch must still be read as the batch left it, not as the preload found it.
 */
describe('a push batch that touches one record several times', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let store: TestStore;
  let user: UserRecord;
  let kernId: string;

  beforeEach(async () => {
    dir = makeTempDir('push-batch');
    store = await openTestStore(dir.path);
    await seedReferenceData(store, 'dalfsen');
    kernId = (await store.reference.listKernen())[0]?.id ?? '';
    const now = Date.now();
    user = {
      id: newId(),
      email: 'anna@dalfsen.test',
      displayName: 'Anna',
      passwordHash: null,
      status: 'active',
      roles: ['gebiedsverbinder'],
      kernIds: [kernId],
      createdAt: now,
      updatedAt: now,
    };
    await store.users.insert(user);
  });
  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  it('creates, patches, rejects a second create and patches again, in order', async () => {
    const now = Date.now();
    const id = newId(now);
    const person = {
      id,
      createdAt: now,
      updatedAt: now,
      deleted: false,
      name: 'Gerrit Gelijk',
      kernId,
      phone: '',
      email: '',
      memberships: [],
      dataBasis: 'contactpersoon vereniging',
    };
    const mutation = (mutationId: number, kind: string, patch: object) => ({
      id: mutationId,
      table: 'people',
      recordId: id,
      kind,
      patch,
      baseCursor: 0,
    });
    const answer = await applyPush(
      store,
      user,
      {
        clientId: newId(),
        protocolVersion: PROTOCOL_VERSION,
        epoch: null,
        mutations: [
          mutation(1, 'create', person),
          mutation(2, 'patch', { phone: '0529 111111', updatedAt: now + 1 }),
          mutation(3, 'create', person),
          mutation(4, 'patch', { email: 'gerrit@example.nl', updatedAt: now + 2 }),
        ],
      },
      now,
    );

    expect(answer.lastMutationId).toBe(4);
    expect(answer.rejected).toEqual([{ id: 3, reason: 'record-exists' }]);
    const stored = await store.sync.findRecord('people', id);
    expect(stored?.data).toMatchObject({ phone: '0529 111111', email: 'gerrit@example.nl' });
    // The last write gave the record the batch's last seq, after the rejection's restamp.
    expect(stored?.seq).toBe(await store.sync.lastSeq());
    expect(stored?.fieldWrites.map((write) => write[3])).toEqual([
      [],
      ['phone'],
      ['email', 'updatedAt'],
    ]);
  });
});
