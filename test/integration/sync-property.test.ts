import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addFeedback, changeInitiativeStatus } from '../../src/db/repositories/initiatives.ts';
import { deletePerson, updatePerson } from '../../src/db/repositories/people.ts';
import { reviseVisitNotes } from '../../src/db/repositories/visits.ts';
import { INITIATIVE_STATUSES } from '../../src/shared/records/initiative-status.ts';
import { RECORD_TABLES, PULLED_TABLES } from '../../src/shared/sync-protocol/sync-tables.ts';
import { viewerKeys } from '../../src/server/sync-service/record-scope.ts';
import { FAULTS, startHarness, type Device, type Harness } from '../support/sync-harness.ts';
import { addInitiative, addPerson, addVisit } from '../support/sync-fixtures.ts';

let harness: Harness;
let devices: Device[];
let kern: string;

beforeAll(async () => {
  harness = await startHarness();
  kern = harness.kernId('Nieuwleusen');
  const anna = await harness.addDevice('Anna', ['gebiedsverbinder'], ['Nieuwleusen']);
  const bert = await harness.addDevice('Bert', ['gebiedsverbinder'], ['Nieuwleusen']);
  const lead = await harness.addDevice('Lead', ['teamleider'], []);
  const annaTablet = await harness.addDeviceFor('AnnaTablet', anna);
  devices = [anna, bert, lead, annaTablet];
}, 60_000);
afterAll(() => harness.close());

const phones = ['0529 100000', '0529 200000', '06 12345678', ''];

const operation = fc.oneof(
  fc.record({ kind: fc.constant('person' as const), device: fc.nat(3) }),
  fc.record({
    kind: fc.constant('edit-person' as const),
    device: fc.nat(3),
    pick: fc.nat(),
    field: fc.constantFrom('phone', 'name'),
    value: fc.nat(3),
  }),
  fc.record({ kind: fc.constant('delete-person' as const), device: fc.nat(3), pick: fc.nat() }),
  fc.record({ kind: fc.constant('visit' as const), device: fc.nat(3) }),
  fc.record({ kind: fc.constant('notes' as const), device: fc.nat(3), pick: fc.nat() }),
  fc.record({ kind: fc.constant('initiative' as const), device: fc.nat(3) }),
  fc.record({
    kind: fc.constant('status' as const),
    device: fc.nat(3),
    pick: fc.nat(),
    to: fc.constantFrom(...INITIATIVE_STATUSES),
  }),
  fc.record({ kind: fc.constant('feedback' as const), device: fc.nat(3), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('sync' as const),
    device: fc.nat(3),
    faults: fc.array(fc.constantFrom(...FAULTS), { maxLength: 4 }),
  }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function pickId(device: Device, table: 'people' | 'visits' | 'initiatives', pick: number) {
  const ids = (await device.db.table(table).toCollection().primaryKeys()) as string[];
  return ids.length ? ids[pick % ids.length] : undefined;
}

/** Runs one operation; a local refusal (a step the machine does not allow) is no failure. */
async function run(op: Operation): Promise<void> {
  const device = devices[op.device] as Device;
  const { db, context } = device;
  const local = async (work: () => Promise<unknown>) => {
    await work().catch((error: unknown) => {
      if (!(error instanceof Error) || !/Record/.test(error.constructor.name)) throw error;
    });
  };
  switch (op.kind) {
    case 'person':
      return local(() => addPerson(device, kern, `Persoon ${context.now()}`));
    case 'edit-person': {
      const id = await pickId(device, 'people', op.pick);
      const value = op.field === 'phone' ? phones[op.value] : `Naam ${op.value}`;
      if (id) await local(() => updatePerson(db, id, { [op.field]: value }, context));
      return;
    }
    case 'delete-person': {
      const id = await pickId(device, 'people', op.pick);
      if (id) await local(() => deletePerson(db, id, context));
      return;
    }
    case 'visit':
      return local(() => addVisit(device, kern, `Notitie ${context.now()}`));
    case 'notes': {
      const id = await pickId(device, 'visits', op.pick);
      if (id) await local(() => reviseVisitNotes(db, id, `Herzien ${context.now()}`, context));
      return;
    }
    case 'initiative':
      return local(() => addInitiative(device, kern, `Idee ${context.now()}`));
    case 'status': {
      const id = await pickId(device, 'initiatives', op.pick);
      if (id) await local(() => changeInitiativeStatus(db, id, op.to, 'Besproken', context));
      return;
    }
    case 'feedback': {
      const id = await pickId(device, 'initiatives', op.pick);
      const entry = { date: '2026-11-22', channel: 'telefoon' as const, summary: 'Gebeld' };
      if (id) await local(() => addFeedback(db, id, entry, context));
      return;
    }
    case 'sync': {
      const faults = [...op.faults];
      device.transport.pick = () => faults.shift() ?? 'none';
      await device.sync();
      device.transport.pick = undefined;
      return;
    }
  }
}

/** No more faults: every device syncs until nothing changes any more. */
async function quiet(): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    for (const device of devices) {
      device.transport.next = 'none';
      expect(await device.sync()).toBe('ok');
    }
  }
}

async function checkConverged(): Promise<void> {
  const { store } = harness.server;
  const rowsOf = async (userId: string) => {
    const user = await store.users.findById(userId);
    if (!user) throw new Error('no user');
    return (await store.sync.pullPage(0, viewerKeys(user), 1_000_000)).rows;
  };
  for (const device of devices) {
    // Every outbox empty.
    expect(await device.db.outbox.count()).toBe(0);
    // Exactly once: the server processed every mutation id the device gave out, no more.
    const given = (await device.db.meta.get('lastMutationId'))?.value ?? 0;
    const clientId = (await device.db.meta.get('clientId'))?.value as string;
    expect((await store.sync.findClient(clientId))?.lastMutationId ?? 0).toBe(given);

    // The device equals the server for what its user may see.
    const visible = await rowsOf(device.userId);
    const visibleIds = new Set(visible.map((row) => `${row.table}:${row.id}`));
    for (const row of visible) {
      expect(await device.db.table(row.table).get(row.id)).toEqual(row.data);
    }
    const rejectedIds = new Set(
      (await device.db.rejections.toArray())
        .filter((rejection) => rejection.authorId === device.userId)
        .map((rejection) => rejection.recordId),
    );
    for (const table of PULLED_TABLES) {
      for (const record of (await device.db.table(table).toArray()) as { id: string }[]) {
        // A record the server never took stays on its device, marked with its rejection.
        if (!visibleIds.has(`${table}:${record.id}`)) {
          expect(RECORD_TABLES.includes(table as never) && rejectedIds.has(record.id)).toBe(true);
        }
      }
    }
  }
  // Append-only lists hold every entry once.
  for (const row of (await store.sync.pullPage(0, null, 1_000_000)).rows) {
    const history = row.data['statusHistory'] as
      { at: number; by: string; to: string }[] | undefined;
    if (history) {
      const keys = history.map((change) => `${change.at}|${change.by}|${change.to}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const notes = row.data['noteRevisions'] as { id: string }[] | undefined;
    if (notes) expect(new Set(notes.map((note) => note.id)).size).toBe(notes.length);
  }
}

it('converges: random edits on four devices and random faults', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(operation, { minLength: 5, maxLength: 40 }), async (ops) => {
      for (const op of ops) await run(op);
      await quiet();
      await checkConverged();
    }),
    { numRuns: 30 },
  );
}, 240_000);
