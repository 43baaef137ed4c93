import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreadLostChanges } from '../../src/db/lost-changes.ts';
import { saveNewVisit } from '../../src/db/repositories/visits.ts';
import { newId } from '../../src/shared/ids.ts';
import { municipalToday } from '../../src/shared/dates/municipal-today.ts';
import { currentNotes } from '../../src/shared/records/visit.ts';
import { jsonBytes, MAX_BODY_BYTES } from '../../src/shared/sync-protocol/push-size.ts';
import type { PullRequest, PushRequest } from '../../src/shared/sync-protocol/sync-protocol.ts';
import { ApiError } from '../../src/sync/api-client.ts';
import type { SyncTransport } from '../../src/sync/sync-engine.ts';
import { addPerson } from '../support/sync-fixtures.ts';
import { startHarness, type Device, type Harness } from '../support/sync-harness.ts';

/** The longest note a form takes (20 000 code units): accented letters, '€' and emoji. */
const LONGEST_NOTE = 'ëé€😀'.repeat(4_000);

let harness: Harness;
let kern: string;

beforeAll(async () => {
  harness = await startHarness();
  kern = harness.kernId('Nieuwleusen');
});
afterAll(() => harness.close());

const connector = (name: string) => harness.addDevice(name, ['gebiedsverbinder'], ['Nieuwleusen']);

async function typeLongVisits(device: Device, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await saveNewVisit(
      device.db,
      {
        date: municipalToday(device.context.now()),
        kernId: kern,
        channel: 'bezoek',
        notes: String(i).padStart(4, '0') + LONGEST_NOTE.slice(4),
      },
      [],
      device.context,
    );
  }
}

/** What another device of the same account downloads: the visits' current notes. */
async function notesSeenElsewhere(device: Device): Promise<string[]> {
  const other = await harness.addDeviceFor(`${device.name}-laptop`, device);
  expect(await other.sync()).toBe('ok');
  const visits = await other.db.visits.where('authorId').equals(device.userId).toArray();
  return visits.map((visit) => currentNotes(visit));
}

/** A proxy in front of the server with a smaller body limit: it answers 413 itself. */
class SmallProxy implements SyncTransport {
  pushes: number[] = [];
  constructor(
    private readonly inner: SyncTransport,
    private readonly limit: number,
  ) {}
  push(request: PushRequest): Promise<unknown> {
    this.pushes.push(request.mutations.length);
    if (jsonBytes(request) > this.limit) {
      return Promise.reject(new ApiError('bad-answer', 413, 'the proxy page'));
    }
    return this.inner.push(request);
  }
  pull(request: PullRequest): Promise<unknown> {
    return this.inner.pull(request);
  }
}

describe('an outbox larger than one request', () => {
  it('sends 40 visits with the longest notes (1.8 MB) through the real server: all arrive', async () => {
    const anna = await connector('Anna');
    await typeLongVisits(anna, 40);
    const outboxBytes = jsonBytes(await anna.db.outbox.toArray());
    expect(outboxBytes).toBeGreaterThan(MAX_BODY_BYTES);

    expect(await anna.sync()).toBe('ok');
    expect(await anna.db.outbox.count()).toBe(0);
    const seen = await notesSeenElsewhere(anna);
    expect(seen).toHaveLength(40);
    for (const notes of seen) {
      expect(notes).toHaveLength(20_000);
      expect(notes.endsWith('€😀ëé€😀')).toBe(true);
    }
  });

  it('halves the batch on a 413 (down to one change) until every change arrives', async () => {
    const bea = await connector('Bea');
    await typeLongVisits(bea, 10);
    // Room for two notes per request, where the app would send five.
    const proxy = new SmallProxy(bea.transport, 100_000);
    const { syncOnce } = await import('../../src/sync/sync-engine.ts');
    await syncOnce(bea.db, proxy);
    expect(await bea.db.outbox.count()).toBe(0);
    expect(proxy.pushes[0]).toBeGreaterThan(2);
    expect(proxy.pushes).toContain(2);
    expect(await notesSeenElsewhere(bea)).toHaveLength(10);
  });

  it('says payload-too-large for one change the server cannot take, and keeps it', async () => {
    const carl = await connector('Carl');
    expect(await carl.sync()).toBe('ok');
    await addPerson(carl, kern, 'Voor');
    // An outbox from before the save-time check: one change larger than the server reads.
    const id = newId();
    await carl.db.outbox.add({
      table: 'people',
      recordId: id,
      kind: 'create',
      patch: { id, name: 'Te groot', notes: '€'.repeat(400_000) },
      baseCursor: 0,
      createdAt: Date.now(),
    });
    await addPerson(carl, kern, 'Na');

    const failure = await carl.sync();
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).reason).toBe('payload-too-large');
    // What came before it arrived; it and what came after wait, in order, on the device.
    expect(await carl.db.outbox.count()).toBe(2);

    // The server heard that two changes wait: a wipe of this database now is counted.
    const wiped = await harness.wipeDatabase(carl);
    expect(await wiped.sync()).toBe('ok');
    expect((await unreadLostChanges(wiped.db))?.count).toBe(2);
  });
});

describe('the outbox count reaches the server even when the push fails', () => {
  it('reports what waits after a refused push, so a wipe right after is counted', async () => {
    const dirk = await connector('Dirk');
    expect(await dirk.sync()).toBe('ok');
    for (const name of ['Een', 'Twee', 'Drie']) await addPerson(dirk, kern, name);
    dirk.transport.next = 'rate-limited';
    expect(await dirk.sync()).toBeInstanceOf(ApiError);
    expect(await dirk.db.outbox.count()).toBe(3);

    const wiped = await harness.wipeDatabase(dirk);
    expect(await wiped.sync()).toBe('ok');
    expect((await unreadLostChanges(wiped.db))?.count).toBe(3);
  });
});
