import { municipalToday } from '../../src/shared/dates/municipal-today.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../../src/server/sync-service/import-records.ts';
import { viewerKeys } from '../../src/server/sync-service/record-scope.ts';
import { changeInitiativeStatus } from '../../src/db/repositories/initiatives.ts';
import { deletePerson, updatePerson } from '../../src/db/repositories/people.ts';
import { updateConflictChoice } from '../../src/db/repositories/conflicts.ts';
import { saveNewVisit } from '../../src/db/repositories/visits.ts';
import { ApiError } from '../../src/sync/api-client.ts';
import { startHarness, type Device, type Harness } from '../support/sync-harness.ts';
import { addInitiative, addPerson, addVisit } from '../support/sync-fixtures.ts';
import { runSqlBehindStore } from '../support/test-store.ts';

let harness: Harness;
let kern: string;
let anna: Device;
let bert: Device;
let lead: Device;

beforeAll(async () => {
  harness = await startHarness();
  kern = harness.kernId('Lemelerveld');
  anna = await harness.addDevice('Anna', ['gebiedsverbinder'], ['Lemelerveld']);
  bert = await harness.addDevice('Bert', ['gebiedsverbinder'], ['Lemelerveld']);
  lead = await harness.addDevice('Lead', ['teamleider'], []);
});
afterAll(() => harness.close());

const serverRecord = (table: string, id: string) =>
  harness.server.store.sync.findRecord(table as never, id);
/** Each person's row on the server, undefined where it has none. */
const storedOf = (people: readonly { id: string }[]) =>
  Promise.all(people.map((person) => serverRecord('people', person.id)));

describe('sync between devices through the real server', () => {
  it('brings a visit typed on one device to a colleague, once', async () => {
    const { visit, actions } = await addVisit(anna, kern);
    expect(await anna.sync()).toBe('ok');
    expect(await anna.db.outbox.count()).toBe(0);
    expect(await bert.sync()).toBe('ok');
    // The server set when it was made; everything Anna typed arrives as typed.
    const { createdAt, noteRevisions } = (await anna.db.visits.get(visit.id)) ?? visit;
    expect(await bert.db.visits.get(visit.id)).toEqual({ ...visit, createdAt, noteRevisions });
    expect(noteRevisions).toEqual([
      { ...visit.noteRevisions[0], createdAt: expect.any(Number) as number },
    ]);
    const [action] = actions;
    expect(await bert.db.actions.get(action?.id ?? '')).toEqual({
      ...action,
      createdAt: expect.any(Number) as number,
    });
    expect(await bert.db.outbox.count()).toBe(0);
  });

  it('applies a push once when its answer was lost after the commit', async () => {
    const person = await addPerson(anna, kern, 'Verloren Antwoord');
    const visit = await addVisit(anna, kern, 'Eerste versie');
    anna.transport.next = 'drop-response';
    const failure = await anna.sync();
    expect(failure).toBeInstanceOf(ApiError);
    // The server has it; the device still holds the entries until it hears so.
    expect(await serverRecord('people', person.id)).toBeDefined();
    expect(await anna.db.outbox.count()).toBeGreaterThan(0);
    expect(await anna.sync()).toBe('ok');
    expect(await anna.db.outbox.count()).toBe(0);
    const stored = await serverRecord('visits', visit.visit.id);
    expect((stored?.data['noteRevisions'] as unknown[]).length).toBe(1);
  });

  it('applies nothing of a batch when the server dies halfway through it', async () => {
    const people = [];
    for (let i = 0; i < 20; i += 1) people.push(await addPerson(anna, kern, `Persoon ${i}`));
    const sync = harness.server.store.sync;
    const original = sync.putRecords.bind(sync);
    // Half of the batch's rows reach the file, then the power goes.
    sync.putRecords = async (rows) => {
      await original(rows.slice(0, rows.length / 2));
      throw new Error('power cut');
    };
    try {
      expect(await anna.sync().catch((error: unknown) => error)).toBeInstanceOf(ApiError);
    } finally {
      sync.putRecords = original;
    }
    expect(await storedOf(people)).not.toContainEqual(expect.anything());
    expect(await anna.sync()).toBe('ok');
    expect(await storedOf(people)).not.toContain(undefined);
  });

  it('rejects a poison mutation in the middle of 100 and applies the other 99', async () => {
    for (let i = 0; i < 49; i += 1) await addPerson(anna, kern, `Voor ${i}`);
    // A change no server will take (as from an old, buggy app version), straight in the outbox.
    const poisonId = crypto.randomUUID();
    await anna.db.outbox.add({
      table: 'people',
      recordId: poisonId,
      kind: 'create',
      patch: { id: poisonId, name: '' },
      baseCursor: 0,
      createdAt: Date.now(),
    });
    const after = [];
    for (let i = 0; i < 50; i += 1) after.push(await addPerson(anna, kern, `Na ${i}`));
    expect(await anna.sync()).toBe('ok');
    expect(await anna.db.outbox.count()).toBe(0);
    expect(await storedOf(after)).not.toContain(undefined);
    const rejections = await anna.db.rejections.where('recordId').equals(poisonId).toArray();
    expect(rejections).toHaveLength(1);
    expect(rejections[0]?.reason).toBe('invalid');
  });

  it('lets a delete win over an offline edit, and tells the editor', async () => {
    const person = await addPerson(anna, kern, 'Gerda Gesloten');
    await anna.sync();
    await bert.sync();
    await deletePerson(anna.db, person.id, anna.context);
    await updatePerson(bert.db, person.id, { phone: '0529 123456' }, bert.context);
    expect(await anna.sync()).toBe('ok');
    expect(await bert.sync()).toBe('ok');
    expect((await bert.db.people.get(person.id))?.deleted).toBe(true);
    const [rejection] = await bert.db.rejections.where('recordId').equals(person.id).toArray();
    expect(rejection?.reason).toBe('record-deleted');
    expect(rejection?.change).toMatchObject({ phone: '0529 123456' });
    expect((await serverRecord('people', person.id))?.data['phone']).toBe('');
  });

  it('keeps both edits when two devices change different fields', async () => {
    const person = await addPerson(anna, kern, 'Henk Hulp');
    await anna.sync();
    await bert.sync();
    await updatePerson(anna.db, person.id, { phone: '0529 111111' }, anna.context);
    await updatePerson(bert.db, person.id, { email: 'henk@example.nl' }, bert.context);
    await anna.sync();
    await bert.sync();
    await anna.sync();
    for (const device of [anna, bert]) {
      expect(await device.db.people.get(person.id)).toMatchObject({
        phone: '0529 111111',
        email: 'henk@example.nl',
      });
    }
    expect(await anna.db.conflicts.where('recordId').equals(person.id).count()).toBe(0);
  });

  it('keeps the overruled value of one field edited on two devices, until someone chooses', async () => {
    const person = await addPerson(anna, kern, 'Ina Ingewikkeld');
    await anna.sync();
    await bert.sync();
    await updatePerson(anna.db, person.id, { phone: '0529 222222' }, anna.context);
    await updatePerson(bert.db, person.id, { phone: '0529 333333' }, bert.context);
    await anna.sync();
    await bert.sync(); // received later: wins
    await anna.sync();
    await lead.sync();
    for (const device of [anna, bert, lead]) {
      expect((await device.db.people.get(person.id))?.phone).toBe('0529 333333');
      const conflicts = await device.db.conflicts.where('recordId').equals(person.id).toArray();
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        field: 'phone',
        keptValue: '0529 333333',
        overruledValue: '0529 222222',
        keptById: bert.userId,
        overruledById: anna.userId,
        resolvedAt: null,
      });
    }
    const [conflict] = await anna.db.conflicts.where('recordId').equals(person.id).toArray();
    await updateConflictChoice(anna.db, conflict?.id ?? '', 'overruled', anna.context);
    await anna.sync();
    await bert.sync();
    expect((await bert.db.people.get(person.id))?.phone).toBe('0529 222222');
    expect((await bert.db.conflicts.get(conflict?.id ?? ''))?.chosen).toBe('overruled');
    // Choosing is itself no new conflict.
    expect(await bert.db.conflicts.where('recordId').equals(person.id).count()).toBe(1);
  });

  it('runs status changes through the status machine on the server', async () => {
    const initiative = await addInitiative(anna, kern);
    await anna.sync();
    await lead.sync();
    await changeInitiativeStatus(
      lead.db,
      initiative.id,
      'ingetrokken',
      'Initiatiefnemer stopt',
      lead.context,
    );
    await changeInitiativeStatus(anna.db, initiative.id, 'in gesprek', '', anna.context);
    expect(await lead.sync()).toBe('ok');
    expect(await anna.sync()).toBe('ok');
    expect((await anna.db.initiatives.get(initiative.id))?.status).toBe('ingetrokken');
    const [rejection] = await anna.db.rejections.where('recordId').equals(initiative.id).toArray();
    expect(rejection?.reason).toBe('status-not-allowed');
  });

  it('syncs after three days offline with an expired access token', async () => {
    const visit = await addVisit(anna, kern, 'Drie dagen zonder bereik');
    harness.server.clock.advance(3 * 24 * 60 * 60 * 1000);
    expect(await anna.sync()).toBe('ok');
    expect(await serverRecord('visits', visit.visit.id)).toBeDefined();
  });

  it('keeps a record and its outbox entry together when the page dies right after Opslaan', async () => {
    const name = anna.db.name;
    const saving = saveNewVisit(
      anna.db,
      {
        date: municipalToday(anna.context.now()),
        kernId: kern,
        channel: 'telefoon',
        notes: 'Net opgeslagen',
      },
      [],
      anna.context,
    ).catch(() => undefined);
    anna.db.close();
    await saving;
    await anna.db.open();
    expect(anna.db.name).toBe(name);
    const visits = await anna.db.visits
      .filter((v) => v.noteRevisions[0]?.text === 'Net opgeslagen')
      .toArray();
    const entries = await anna.db.outbox.filter((e) => e.table === 'visits').toArray();
    expect(entries.length).toBe(visits.length);
    expect(await anna.sync()).toBe('ok');
  });
});

describe('who may push what', () => {
  it("refuses a push with another user's client id and applies nothing", async () => {
    await addPerson(anna, kern, 'Niet van jou');
    const annaClient = (await anna.db.meta.get('clientId'))?.value as string;
    await addPerson(bert, kern, 'Bert probeert');
    await bert.db.meta.put({ key: 'clientId', value: annaClient });
    const failure = await bert.sync();
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).reason).toBe('forbidden');
    expect((failure as ApiError).status).toBe(403);
    await bert.db.meta.put({ key: 'clientId', value: crypto.randomUUID() });
  });

  it('rejects a record in a kern the connector does not work in', async () => {
    const elsewhere = harness.kernId('Hoonhorst');
    const person = await addPerson(anna, elsewhere, 'Buiten Beeld');
    expect(await anna.sync()).toBe('ok');
    expect(await serverRecord('people', person.id)).toBeUndefined();
    const [rejection] = await anna.db.rejections.where('recordId').equals(person.id).toArray();
    expect(rejection?.reason).toBe('forbidden');
  });
});

describe('starting over', () => {
  it('sends everything again to a server restored from a backup', async () => {
    const person = await addPerson(anna, kern, 'Na de back-up');
    expect(await anna.sync()).toBe('ok');
    // The backup was taken before this person arrived: restore it (lose the row, new epoch).
    await runSqlBehindStore(
      harness.server.dataDir,
      `DELETE FROM sync_records WHERE record_id = '${person.id}'; DELETE FROM sync_clients;`,
    );
    const store = harness.server.store;
    await store.transaction(async () => await store.startNewEpoch());
    await updatePerson(anna.db, person.id, { phone: '0529 444444' }, anna.context);
    expect(await anna.sync()).toBe('ok');
    expect((await serverRecord('people', person.id))?.data).toMatchObject({ phone: '0529 444444' });
    expect(await anna.db.outbox.count()).toBe(0);
    expect((await anna.db.meta.get('syncEpoch'))?.value).toBe(await store.serverEpoch());
  });

  it('resumes an interrupted first download of 20 000 rows without duplicates', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => {
      const id = crypto.randomUUID();
      return {
        table: 'people' as const,
        record: {
          id,
          createdAt: 1,
          updatedAt: 1,
          deleted: false,
          name: `Inwoner ${index}`,
          kernId: kern,
          phone: '',
          email: '',
          memberships: [],
          dataBasis: 'contactpersoon vereniging',
        },
      };
    });
    await importRecords(harness.server.store, rows);
    const fresh = await harness.addDevice('Nieuw', ['gebiedsverbinder'], ['Lemelerveld']);
    let received = 0;
    const pull = fresh.transport.pull.bind(fresh.transport);
    fresh.transport.pull = async (request) => {
      const page = (await pull(request)) as { rows: unknown[] };
      received += page.rows.length;
      return page;
    };
    // The connection breaks after 15 pages of 500 (the answer to the 16th never arrives).
    let pages = 0;
    fresh.transport.pick = () => (++pages === 16 ? 'drop-response' : 'none');
    const remaining: number[] = [];
    expect(await fresh.sync({ onProgress: (left) => remaining.push(left) })).toBeInstanceOf(
      ApiError,
    );
    const stored = await fresh.db.people.count();
    expect(stored).toBeGreaterThan(7_000);
    expect(remaining[0]).toBeGreaterThan(remaining.at(-1) ?? 0);
    fresh.transport.pick = undefined;
    const beforeResume = received;
    expect(await fresh.sync()).toBe('ok');
    const total = (
      await harness.server.store.sync.pullPage(
        0,
        viewerKeys((await harness.server.store.users.findById(fresh.userId)) as never),
        100_000,
      )
    ).rows.filter((row) => row.table === 'people').length;
    expect(await fresh.db.people.count()).toBe(total);
    // The resumed download asked only for what was not stored: the lost page once more.
    expect(received - beforeResume).toBeLessThanOrEqual(total - stored + 500);
  }, 120_000);
});
