import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchEverything } from '../../src/db/queries/search-queries.ts';
import { updatePerson } from '../../src/db/repositories/people.ts';
import { startHarness, type Device, type Harness } from '../support/sync-harness.ts';
import { addPerson } from '../support/sync-fixtures.ts';

let harness: Harness;
let anna: Device;
let bert: Device;

beforeAll(async () => {
  harness = await startHarness();
  anna = await harness.addDevice('Anna', ['gebiedsverbinder'], ['Lemelerveld']);
  bert = await harness.addDevice('Bert', ['gebiedsverbinder'], ['Hoonhorst']);
});
afterAll(() => harness.close());

/** What a beheerder does on the Accounts screen: give the connector other kernen. */
async function setKernen(device: Device, names: string[]) {
  const users = harness.server.store.users;
  const user = await users.findById(device.userId);
  if (!user) throw new Error('no user');
  await users.update(user.id, { kernIds: names.map(harness.kernId), updatedAt: Date.now() });
}

const onDevice = (device: Device, id: string) => device.db.people.get(id);

describe('a connector whose kernen change', () => {
  it('gets the older records of a new kern, and loses those of a kern taken away', async () => {
    const hoonhorst = await addPerson(bert, harness.kernId('Hoonhorst'), 'Gerrit Hoonhorst');
    expect(await bert.sync()).toBe('ok');
    const own = await addPerson(anna, harness.kernId('Lemelerveld'), 'Lies Lemelerveld');
    expect(await anna.sync()).toBe('ok');
    expect(await onDevice(anna, hoonhorst.id)).toBeUndefined();

    // Hoonhorst's person was written long before Anna's cursor: only a new download brings it.
    await setKernen(anna, ['Lemelerveld', 'Hoonhorst']);
    expect(await anna.sync()).toBe('ok');
    expect((await onDevice(anna, hoonhorst.id))?.name).toBe('Gerrit Hoonhorst');
    expect((await onDevice(anna, own.id))?.name).toBe('Lies Lemelerveld');
    expect((await searchEverything(anna.db, 'gerrit'))?.people.total).toBe(1);

    // Taken away: the record leaves the device and its search.
    await setKernen(anna, ['Lemelerveld']);
    expect(await anna.sync()).toBe('ok');
    expect(await onDevice(anna, hoonhorst.id)).toBeUndefined();
    expect((await searchEverything(anna.db, 'gerrit'))?.people.total).toBe(0);
    expect((await onDevice(anna, own.id))?.name).toBe('Lies Lemelerveld');
  });

  it('keeps a record with a change still waiting, and the author learns the server refused it', async () => {
    await setKernen(anna, ['Lemelerveld', 'Hoonhorst']);
    expect(await anna.sync()).toBe('ok');
    const person = await addPerson(bert, harness.kernId('Hoonhorst'), 'Hennie Hoonhorst');
    expect(await bert.sync()).toBe('ok');
    expect(await anna.sync()).toBe('ok');
    expect(await onDevice(anna, person.id)).toBeDefined();

    // Anna edits offline; meanwhile Hoonhorst is taken from her.
    anna.transport.next = 'drop-request';
    await updatePerson(anna.db, person.id, { phone: '0529 123456' }, anna.context);
    expect(await anna.sync()).toBeInstanceOf(Error);
    await setKernen(anna, ['Lemelerveld']);
    expect(await anna.sync()).toBe('ok');
    expect(await anna.db.outbox.count()).toBe(0);
    const rejections = await anna.db.rejections.toArray();
    expect(rejections.map((rejection) => [rejection.recordId, rejection.reason])).toContainEqual([
      person.id,
      'forbidden',
    ]);
    expect((await harness.server.store.sync.findRecord('people', person.id))?.data['phone']).toBe(
      '',
    );
  });
});
