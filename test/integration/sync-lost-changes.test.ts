import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markLostChangesRead, unreadLostChanges } from '../../src/db/lost-changes.ts';
import { readSyncMeta } from '../../src/db/sync-meta.ts';
import { startHarness, type Device, type Harness } from '../support/sync-harness.ts';
import { addPerson } from '../support/sync-fixtures.ts';

let harness: Harness;
let kern: string;

beforeAll(async () => {
  harness = await startHarness();
  kern = harness.kernId('Nieuwleusen');
});
afterAll(() => harness.close());

const connector = (name: string) => harness.addDevice(name, ['gebiedsverbinder'], ['Nieuwleusen']);

/**
 * Three people typed; the first push (two of them) arrives, the second is lost on the way:
 * the server then knows this database still owes it one change.
 */
async function leaveOneChangeOwed(device: Device): Promise<number> {
  expect(await device.sync()).toBe('ok');
  for (const name of ['Een', 'Twee', 'Drie']) await addPerson(device, kern, name);
  let pushes = 0;
  device.transport.pick = () => (++pushes === 2 ? 'drop-request' : 'none');
  const before = Date.now();
  expect(await device.sync({ pushBatch: 2 })).toBeInstanceOf(Error);
  device.transport.pick = undefined;
  expect(await device.db.outbox.count()).toBe(1);
  return before;
}

/** The next database in this browser syncs and is told of no lost changes. */
async function expectWipeLosesNothing(device: Device): Promise<void> {
  const wiped = await harness.wipeDatabase(device);
  expect(await wiped.sync()).toBe('ok');
  expect(await unreadLostChanges(wiped.db)).toBeNull();
}

/** A request straight to the server as this browser sends it: its token and its cookie. */
function asBrowserOf(device: Device, url: string, payload: object) {
  return harness.server.app.inject({
    method: 'POST',
    url,
    headers: {
      authorization: `Bearer ${device.transport.currentTokens.accessToken}`,
      cookie: device.transport.cookie ?? '',
    },
    payload,
  });
}

describe('a database wiped before everything reached the server', () => {
  it('tells the new database in the same browser how many changes never arrived, until read', async () => {
    const anna = await connector('Anna');
    const before = await leaveOneChangeOwed(anna);

    const wiped = await harness.wipeDatabase(anna);
    expect(await wiped.sync()).toBe('ok');
    const notice = await unreadLostChanges(wiped.db);
    expect(notice?.count).toBe(1);
    expect(notice?.lastContactAt).toBeGreaterThanOrEqual(before);
    expect(notice?.lastContactAt).toBeLessThanOrEqual(Date.now());

    // Every pull carries it; once read, it stays read.
    expect(await wiped.sync()).toBe('ok');
    expect(await unreadLostChanges(wiped.db)).toEqual(notice);
    await markLostChangesRead(wiped.db);
    expect(await wiped.sync()).toBe('ok');
    expect(await unreadLostChanges(wiped.db)).toBeNull();

    // And the next wipe of a database that owed nothing tells nothing.
    const wipedAgain = await harness.wipeDatabase(wiped);
    expect(await wipedAgain.sync()).toBe('ok');
    expect(await unreadLostChanges(wipedAgain.db)).toBeNull();
  });

  it('counts a pushed batch whose answer was lost as arrived', async () => {
    const bea = await connector('Bea');
    expect(await bea.sync()).toBe('ok');
    await addPerson(bea, kern, 'Vier');
    bea.transport.next = 'drop-response';
    expect(await bea.sync()).toBeInstanceOf(Error);
    expect(await bea.db.outbox.count()).toBe(1);

    await expectWipeLosesNothing(bea);
  });

  it('says nothing on another browser of the same user, whose changes may still come', async () => {
    const carl = await connector('Carl');
    await leaveOneChangeOwed(carl);

    const laptop = await harness.addDeviceFor('Carl-laptop', carl);
    expect(await laptop.sync()).toBe('ok');
    expect(await unreadLostChanges(laptop.db)).toBeNull();
    expect(await carl.sync()).toBe('ok');
    expect(await carl.db.outbox.count()).toBe(0);
  });

  it('keeps the newest outbox report when an older request arrives late', async () => {
    const gea = await connector('Gea');
    expect(await gea.sync()).toBe('ok');
    for (const name of ['Vijf', 'Zes', 'Zeven']) await addPerson(gea, kern, name);
    expect(await gea.sync({ pushBatch: 2 })).toBe('ok');
    expect(await gea.db.outbox.count()).toBe(0);
    // The first push of that sync (2 numbered, 1 waiting) was slow on the way and arrives
    // after everything else: its report is older than the server's.
    const { clientId, epoch } = await readSyncMeta(gea.db);
    const late = await asBrowserOf(gea, '/api/sync/pull', {
      clientId,
      protocolVersion: 2,
      epoch,
      cursor: 0,
      outbox: { lastNumberedId: 2, waiting: 1 },
    });
    expect(late.statusCode).toBe(200);

    // Gea owed nothing: a wipe now loses nothing.
    await expectWipeLosesNothing(gea);
  });

  it('says nothing after a sign-out, which wipes the database on purpose', async () => {
    const dirk = await connector('Dirk');
    await leaveOneChangeOwed(dirk);
    const signedOut = await asBrowserOf(dirk, '/api/auth/logout', {});
    expect(signedOut.statusCode).toBe(204);
    const login = await harness.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: {
        email: harness.emailOf(dirk),
        password: 'lange-zin-als-wachtwoord',
        deviceLabel: 'Dirk',
      },
    });
    expect(login.statusCode).toBe(200);

    const fresh = await harness.wipeDatabase(dirk, login.json());
    expect(await fresh.sync()).toBe('ok');
    expect(await unreadLostChanges(fresh.db)).toBeNull();
  });
});

describe('the browser cookie the server tells browsers apart by', () => {
  it('is set HttpOnly and SameSite=Strict for the API only, and a malformed one is replaced', async () => {
    const eva = await connector('Eva');
    expect(await eva.sync()).toBe('ok');
    const set = (cookie?: string) =>
      harness.server.app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: {
          authorization: `Bearer ${eva.transport.currentTokens.accessToken}`,
          ...(cookie === undefined ? {} : { cookie }),
        },
        payload: {
          clientId: crypto.randomUUID(),
          protocolVersion: 2,
          epoch: null,
          cursor: 0,
        },
      });
    const first = await set();
    expect(first.statusCode).toBe(200);
    const header = String(first.headers['set-cookie']);
    expect(header).toMatch(
      /^noaber_device=[0-9a-f-]{36}; Path=\/api; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
    );
    const id = header.split(';')[0]?.split('=')[1];
    // Sent back, it stays the same; a forged value is not taken.
    expect(String((await set(`other=1; noaber_device=${id}`)).headers['set-cookie'])).toContain(
      `=${id};`,
    );
    expect(String((await set('noaber_device=../../etc')).headers['set-cookie'])).not.toContain(
      'etc',
    );
  });
});

describe('a database that starts over after a server restore', () => {
  it('is not taken for a wiped one: it sends everything again', async () => {
    const fred = await connector('Fred');
    await leaveOneChangeOwed(fred);
    const store = harness.server.store;
    await store.transaction(async () => await store.startNewEpoch());
    expect(await fred.sync()).toBe('ok');
    expect(await fred.db.outbox.count()).toBe(0);
    expect(await unreadLostChanges(fred.db)).toBeNull();
  });
});
