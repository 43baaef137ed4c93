import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFeedback, changeInitiativeStatus } from '../../src/db/repositories/initiatives.ts';
import { updatePerson } from '../../src/db/repositories/people.ts';
import { reviseVisitNotes } from '../../src/db/repositories/visits.ts';
import { readSyncMeta } from '../../src/db/sync-meta.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { municipalToday } from '../../src/shared/dates/municipal-today.ts';
import type { PulledTable } from '../../src/shared/sync-protocol/sync-tables.ts';
import { startHarness, type Device, type Harness } from '../support/sync-harness.ts';
import { addInitiative, addPerson, addVisit } from '../support/sync-fixtures.ts';

/**
 * A server restored from a backup (README, "Backup and restore"), with the real backup of
 * `npm run backup`, the file copied back and the server started again on it: afterwards the
 * server holds every change the devices had made, and the devices show the newest values.
 */

let harness: Harness;
let kern: string;
let anna: Device;
let bert: Device;

beforeEach(async () => {
  harness = await startHarness();
  kern = harness.kernId('Lemelerveld');
  anna = await harness.addDevice('Anna', ['gebiedsverbinder'], ['Lemelerveld']);
  bert = await harness.addDevice('Bert', ['gebiedsverbinder'], ['Lemelerveld']);
});
afterEach(() => harness.close());

const onServer = async (table: PulledTable, id: string) =>
  (await harness.server.store.sync.findRecord(table, id))?.data;
const detected = async () =>
  (await harness.server.store.audit.list(50))
    .map((entry) => entry.action)
    .filter((action) => action.startsWith('sync.restore-detected'));
const conflictsOnServer = async () =>
  (await harness.server.store.sync.pullPage(0, null, 1000)).rows
    .filter((row) => row.table === 'conflicts')
    .map((row) => row.data);

/** Records the backup will hold: a person, a visit and an initiative, on both devices. */
async function recordsInTheBackup() {
  const person = await addPerson(anna, kern, 'Gerda Smit');
  const { visit } = await addVisit(anna, kern, 'Eerste gesprek over de speeltuin');
  const initiative = await addInitiative(anna, kern, 'Moestuin achter de school');
  expect(await anna.sync()).toBe('ok');
  expect(await bert.sync()).toBe('ok');
  return { person, visit, initiative };
}

type Records = Awaited<ReturnType<typeof recordsInTheBackup>>;

/** What Anna does after the backup, and the server confirms: lost by the restore. */
async function workAfterTheBackup({ person, visit, initiative }: Records) {
  const newPerson = await addPerson(anna, kern, 'Nieuw na de back-up');
  await updatePerson(anna.db, person.id, { phone: '0529 123456' }, anna.context);
  await reviseVisitNotes(anna.db, visit.id, 'Verslag aangevuld na de back-up', anna.context);
  await changeInitiativeStatus(anna.db, initiative.id, 'in gesprek', '', anna.context);
  await addFeedback(
    anna.db,
    initiative.id,
    {
      date: municipalToday(anna.context.now()),
      channel: 'telefoon',
      summary: 'Initiatiefnemer gebeld',
    },
    anna.context,
  );
  expect(await anna.sync()).toBe('ok');
  expect(await anna.db.outbox.count()).toBe(0);
  return { newPerson };
}

/** Every change of workAfterTheBackup, on the server and on `device`. */
async function expectEveryChange(device: Device, records: Records, newPersonId: string) {
  const { person, visit, initiative } = records;
  for (const read of [
    (table: PulledTable, id: string) => Promise.resolve(onServer(table, id)),
    (table: PulledTable, id: string) =>
      device.db.table(table).get(id) as Promise<Record<string, unknown> | undefined>,
  ]) {
    expect(await read('people', newPersonId)).toMatchObject({ name: 'Nieuw na de back-up' });
    expect(await read('people', person.id)).toMatchObject({ phone: '0529 123456' });
    const notes = (await read('visits', visit.id))?.['noteRevisions'] as { text: string }[];
    expect(notes.map((note) => note.text)).toEqual([
      'Eerste gesprek over de speeltuin',
      'Verslag aangevuld na de back-up',
    ]);
    const stored = await read('initiatives', initiative.id);
    expect(stored).toMatchObject({ status: 'in gesprek' });
    expect(stored?.['statusHistory']).toHaveLength(2);
    expect(stored?.['feedbackLog']).toMatchObject([{ summary: 'Initiatiefnemer gebeld' }]);
  }
}

describe('a server restored from a backup', () => {
  it('sees at its start that the file went back, and gets every change again', async () => {
    const records = await recordsInTheBackup();
    const backup = await harness.backup();
    const epoch = await harness.server.store.serverEpoch();
    const { newPerson } = await workAfterTheBackup(records);

    await harness.restoreBackup(backup, { keepHistoryFile: true });
    expect(await harness.server.store.serverEpoch()).not.toBe(epoch);
    expect(await onServer('people', records.person.id)).toMatchObject({ phone: '' });

    expect(await anna.sync()).toBe('ok');
    expect(await bert.sync()).toBe('ok');
    await expectEveryChange(anna, records, newPerson.id);
    await expectEveryChange(bert, records, newPerson.id);
    // Anna's re-sent values were newer than the backup's: nobody was overruled.
    expect(await conflictsOnServer()).toEqual([]);
  });

  it('keeps its epoch when started again on the same file', async () => {
    await recordsInTheBackup();
    const epoch = await harness.server.store.serverEpoch();
    await harness.restoreBackup(await harness.backup(), { keepHistoryFile: true });
    expect(await harness.server.store.serverEpoch()).toBe(epoch);
    const clientId = await anna.db.meta.get('clientId');
    expect(await anna.sync()).toBe('ok');
    expect(await anna.db.meta.get('clientId')).toEqual(clientId);
    expect(await detected()).toEqual([]);
  });
});

describe('a restore onto a new disk (no history file): the devices prove it', () => {
  it('a device with nothing waiting: its cursor passes the server, its copies bring all back', async () => {
    const records = await recordsInTheBackup();
    const backup = await harness.backup();
    const { newPerson } = await workAfterTheBackup(records);
    // Bert pulls Anna's work; nothing of his own waits.
    expect(await bert.sync()).toBe('ok');
    const epoch = await harness.server.store.serverEpoch();

    await harness.restoreBackup(backup, { keepHistoryFile: false });
    expect(await harness.server.store.serverEpoch()).toBe(epoch);
    expect(await bert.sync()).toBe('ok');
    expect(await detected()).toEqual(['sync.restore-detected.cursor']);
    expect(await harness.server.store.serverEpoch()).not.toBe(epoch);
    // Bert's copies alone bring Anna's work back, before her device is heard of.
    expect(await onServer('people', newPerson.id)).toMatchObject({ name: 'Nieuw na de back-up' });
    expect(await onServer('people', records.person.id)).toMatchObject({ phone: '0529 123456' });

    expect(await anna.sync()).toBe('ok');
    await expectEveryChange(anna, records, newPerson.id);
    await expectEveryChange(bert, records, newPerson.id);
    expect(await conflictsOnServer()).toEqual([]);
  });

  it('a device with confirmed changes the server lacks, and more waiting', async () => {
    const { person } = await recordsInTheBackup();
    const backup = await harness.backup();
    await updatePerson(anna.db, person.id, { phone: '0529 777777' }, anna.context);
    expect(await anna.sync()).toBe('ok');
    await harness.restoreBackup(backup, { keepHistoryFile: false });
    // Typed after the restore, before the device syncs again: it waits in the outbox.
    await updatePerson(anna.db, person.id, { email: 'gerda@example.nl' }, anna.context);

    expect(await anna.sync()).toBe('ok');
    expect(await detected()).toEqual(['sync.restore-detected.acknowledged-id']);
    expect(await anna.db.outbox.count()).toBe(0);
    const expected = { phone: '0529 777777', email: 'gerda@example.nl' };
    expect(await onServer('people', person.id)).toMatchObject(expected);
    expect(await anna.db.people.get(person.id)).toMatchObject(expected);
    expect(await bert.sync()).toBe('ok');
    expect(await bert.db.people.get(person.id)).toMatchObject(expected);
  });

  it('a device that first synced after the backup: the server does not know its client id', async () => {
    const { person } = await recordsInTheBackup();
    // Signed in before the backup, first synced after it.
    const phone = await harness.addDeviceFor('Bert telefoon', bert);
    const backup = await harness.backup();
    await updatePerson(anna.db, person.id, { phone: '0529 555555' }, anna.context);
    expect(await anna.sync()).toBe('ok');
    expect(await phone.sync()).toBe('ok');

    await harness.restoreBackup(backup, { keepHistoryFile: false });
    expect(await phone.sync()).toBe('ok');
    expect(await detected()).toEqual(['sync.restore-detected.unknown-client']);
    expect(await onServer('people', person.id)).toMatchObject({ phone: '0529 555555' });
    expect(await phone.db.people.get(person.id)).toMatchObject({ phone: '0529 555555' });
  });
});

describe('the new epoch', () => {
  it('starts once per run: a later proof makes only that device start over', async () => {
    const records = await recordsInTheBackup();
    const backup = await harness.backup();
    await workAfterTheBackup(records);
    expect(await bert.sync()).toBe('ok');
    await harness.restoreBackup(backup, { keepHistoryFile: false });
    expect(await bert.sync()).toBe('ok');
    const epoch = await harness.server.store.serverEpoch();
    const { clientId } = await readSyncMeta(bert.db);
    // A cursor far past the server's: under the new epoch, no restore in this run.
    const answer = await bert.transport
      .pull({ clientId, protocolVersion: PROTOCOL_VERSION, epoch, cursor: 1e9 })
      .catch((error: unknown) => error);
    expect(answer).toMatchObject({ reason: 'epoch-changed' });
    expect(await harness.server.store.serverEpoch()).toBe(epoch);
    expect(await detected()).toEqual(['sync.restore-detected.cursor']);
  });

  it.each([
    { keepHistoryFile: false, proof: ['sync.restore-detected.unknown-epoch'] },
    // Found at the start: the history file names an epoch this database never had.
    { keepHistoryFile: true, proof: [] },
  ])(
    'comes again from a backup older than an earlier restore (history file kept: $keepHistoryFile)',
    async ({ keepHistoryFile, proof }) => {
      const { person } = await recordsInTheBackup();
      const backup = await harness.backup();
      await updatePerson(anna.db, person.id, { email: 'gerda@example.nl' }, anna.context);
      expect(await anna.sync()).toBe('ok');
      await harness.restoreBackup(backup, { keepHistoryFile: true });
      expect(await anna.sync()).toBe('ok');
      expect(await bert.sync()).toBe('ok');
      await updatePerson(anna.db, person.id, { phone: '0529 999999' }, anna.context);
      expect(await anna.sync()).toBe('ok');

      // The same old backup once more: the devices' epoch is one it never had.
      const epoch = await harness.server.store.serverEpoch();
      await harness.restoreBackup(backup, { keepHistoryFile });
      expect(await bert.sync()).toBe('ok');
      expect(await detected()).toEqual(proof);
      expect(await harness.server.store.serverEpoch()).not.toBe(epoch);
      expect(await anna.sync()).toBe('ok');
      const expected = { phone: '0529 999999', email: 'gerda@example.nl' };
      expect(await onServer('people', person.id)).toMatchObject(expected);
      expect(await bert.sync()).toBe('ok');
      expect(await bert.db.people.get(person.id)).toMatchObject(expected);
      expect(await conflictsOnServer()).toEqual([]);
    },
  );
});

describe('a re-sent record meets a newer value', () => {
  it("leaves a value the backup holds and a device never pulled: the device's copy is older", async () => {
    const { person } = await recordsInTheBackup();
    // Bert does not pull this before the backup: his copy keeps the number empty.
    await updatePerson(anna.db, person.id, { phone: '0529 333333' }, anna.context);
    expect(await anna.sync()).toBe('ok');
    const backup = await harness.backup();
    await updatePerson(anna.db, person.id, { email: 'gerda@example.nl' }, anna.context);
    expect(await anna.sync()).toBe('ok');

    await harness.restoreBackup(backup, { keepHistoryFile: true });
    // Anna's device first, then Bert's with its older copy.
    expect(await anna.sync()).toBe('ok');
    expect(await bert.sync()).toBe('ok');
    const expected = { phone: '0529 333333', email: 'gerda@example.nl' };
    expect(await onServer('people', person.id)).toMatchObject(expected);
    expect(await bert.db.people.get(person.id)).toMatchObject(expected);
    expect(await conflictsOnServer()).toEqual([]);
  });

  it('keeps the newer change and lists the re-sent value as overruled', async () => {
    const { person } = await recordsInTheBackup();
    const backup = await harness.backup();
    await updatePerson(anna.db, person.id, { phone: '0529 111111' }, anna.context);
    expect(await anna.sync()).toBe('ok');

    await harness.restoreBackup(backup, { keepHistoryFile: true });
    // Bert, after the restore, changes the same field; Anna's device is heard of later.
    expect(await bert.sync()).toBe('ok');
    await updatePerson(bert.db, person.id, { phone: '0529 222222' }, bert.context);
    expect(await bert.sync()).toBe('ok');
    expect(await anna.sync()).toBe('ok');

    expect(await onServer('people', person.id)).toMatchObject({ phone: '0529 222222' });
    expect(await conflictsOnServer()).toMatchObject([
      {
        recordId: person.id,
        field: 'phone',
        keptValue: '0529 222222',
        keptById: bert.userId,
        overruledValue: '0529 111111',
        overruledById: anna.userId,
      },
    ]);
    expect(await anna.db.people.get(person.id)).toMatchObject({ phone: '0529 222222' });
    expect(await anna.db.conflicts.count()).toBe(1);
  });
});
