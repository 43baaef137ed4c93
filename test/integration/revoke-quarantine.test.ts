import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceSession, TokenResponse } from '../../src/shared/auth-api.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import type { QuarantineEntry } from '../../src/shared/quarantine-api.ts';
import type { Role } from '../../src/shared/roles.ts';
import { createAccount, getJson, patchJson, postJson, reasonOf } from '../support/accounts.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { newRecord } from '../support/pushed-records.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const staticDir = makeTempDir('static');
let server: InProcessServer;
let admin: TokenResponse;
let dalfsen: string;
let lemelerveld: string;

beforeAll(async () => {
  server = await startInProcessServer({ staticDir: staticDir.path });
  admin = await createAccount(server, 'beheer@dalfsen.nl', ['beheerder']);
  const kernen = await server.store.reference.listKernen();
  dalfsen = kernen.find((k) => k.name === 'Dalfsen')?.id ?? '';
  lemelerveld = kernen.find((k) => k.name === 'Lemelerveld')?.id ?? '';
});
afterAll(async () => {
  await server.close();
  staticDir.remove();
});

/** A device as a browser is one: its tokens and its noaber_device cookie. */
interface TestDevice {
  tokens: TokenResponse;
  cookie: string;
  clientId: string;
}

let accounts = 0;
async function signedInDevice(roles: Role[] = ['gebiedsverbinder']): Promise<TestDevice> {
  accounts += 1;
  const email = `verbinder${accounts}@dalfsen.nl`;
  const { setupLink } = await server.services.accounts.invite(
    { email, displayName: `Verbinder ${accounts}`, roles, kernIds: [dalfsen] },
    { actorId: null, address: 'test' },
  );
  const token = new URL(setupLink).hash.replace('#token=', '');
  const response = await postJson(server, '/api/auth/setup', {
    token,
    password: 'lange-zin-als-wachtwoord',
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { tokens: (await response.json()) as TokenResponse, cookie, clientId: randomUUID() };
}

function send(device: TestDevice, path: string, body: unknown, withToken = true) {
  return fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: device.cookie,
      ...(withToken ? { authorization: `Bearer ${device.tokens.accessToken}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** The device syncs once (a pull) and says it has `waiting` changes it could not send. */
async function reportOutbox(device: TestDevice, waiting: number): Promise<void> {
  const response = await send(device, '/api/sync/pull', {
    clientId: device.clientId,
    protocolVersion: PROTOCOL_VERSION,
    epoch: null,
    cursor: 0,
    outbox: { lastNumberedId: 0, waiting },
  });
  expect(response.status).toBe(200);
}

function personCreate(id: number, kernId: string, userId: string) {
  const patch = newRecord('people', { kernId, kindId: '', userId });
  const recordId = String(patch['id']);
  return { id, table: 'people', recordId, kind: 'create', patch, baseCursor: 0 };
}

async function deliver(device: TestDevice, mutations: unknown[], cookie = device.cookie) {
  return send(
    { ...device, cookie },
    '/api/quarantine',
    {
      refreshToken: device.tokens.refreshToken,
      clientId: device.clientId,
      protocolVersion: PROTOCOL_VERSION,
      epoch: await server.store.serverEpoch(),
      mutations,
    },
    false,
  );
}

async function revoke(device: TestDevice): Promise<void> {
  const response = await postJson(
    server,
    `/api/admin/sessions/${device.tokens.sessionId}/revoke`,
    {},
    admin.accessToken,
  );
  expect(response.status).toBe(204);
}

async function devicesOf(device: TestDevice): Promise<DeviceSession[]> {
  const response = await getJson(
    server,
    `/api/admin/users/${device.tokens.user.id}/sessions`,
    admin.accessToken,
  );
  return (await response.json()) as DeviceSession[];
}

async function quarantine(): Promise<QuarantineEntry[]> {
  const response = await getJson(server, '/api/admin/quarantine', admin.accessToken);
  expect(response.status).toBe(200);
  return (await response.json()) as QuarantineEntry[];
}

async function auditActions(objectId: string): Promise<string[]> {
  return (await server.store.audit.list(500))
    .filter((entry) => entry.objectId === objectId)
    .map((entry) => `${entry.action}:${entry.result}`);
}

describe('a revoked device with unsent changes', () => {
  it("shows the beheerder each device's last reported outbox, revoked or not", async () => {
    const device = await signedInDevice();
    await reportOutbox(device, 3);
    const [before] = await devicesOf(device);
    expect(before?.unsent?.count).toBe(3);
    expect(before?.unsent?.reportedAt).toBeGreaterThan(0);

    await revoke(device);
    const [after] = await devicesOf(device);
    expect(after?.revokedAt).not.toBeNull();
    expect(after?.unsent?.count).toBe(3);
    expect(after?.delivered).toBe(false);
  });

  it('delivers its outbox once into the quarantine; the beheerder accepts it as the account', async () => {
    const device = await signedInDevice();
    const userId = device.tokens.user.id;
    await reportOutbox(device, 2);
    await revoke(device);
    const refused = await send(device, '/api/sync/pull', { clientId: device.clientId });
    expect(await reasonOf(refused)).toBe('session-revoked');

    // One change in the account's kern, one outside it: the permission model refuses that one.
    const mine = personCreate(1, dalfsen, userId);
    const elsewhere = personCreate(2, lemelerveld, userId);
    const wrongBrowser = await deliver(device, [mine, elsewhere], `noaber_device=${randomUUID()}`);
    expect(wrongBrowser.status).toBe(403);
    expect(await reasonOf(wrongBrowser)).toBe('delivery-refused');

    const delivered = await deliver(device, [mine, elsewhere]);
    expect(delivered.status).toBe(201);
    const again = await deliver(device, [mine]);
    expect(again.status).toBe(409);
    expect(await reasonOf(again)).toBe('already-delivered');
    expect(await auditActions(device.tokens.sessionId)).toEqual(
      expect.arrayContaining(['quarantine.deliver:ok', 'quarantine.deliver:refused']),
    );
    expect((await devicesOf(device))[0]).toMatchObject({ delivered: true, unsent: { count: 2 } });

    // Quarantined, not applied.
    expect(await server.store.sync.findRecord('people', mine.recordId)).toBeUndefined();
    const entry = (await quarantine()).find((candidate) => candidate.userId === userId);
    expect(entry?.count).toBe(2);
    expect(entry?.changes.map((change) => change.recordId)).toEqual([
      mine.recordId,
      elsewhere.recordId,
    ]);

    const accepted = await postJson(
      server,
      `/api/admin/quarantine/${entry?.id}/accept`,
      {},
      admin.accessToken,
    );
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({
      applied: 1,
      rejected: [{ id: 2, reason: 'forbidden' }],
    });
    const record = await server.store.sync.findRecord('people', mine.recordId);
    // Written as the account that made it, as its own push would have.
    expect(record?.fieldWrites.map(([, clientId, writer]) => [clientId, writer])).toEqual([
      [device.clientId, userId],
    ]);
    expect(await server.store.sync.findRecord('people', elsewhere.recordId)).toBeUndefined();
    expect(await auditActions(entry?.id ?? '')).toEqual(['quarantine.accept:ok']);
    // Processed, applied or rejected: the device list counts nothing as unsent any more.
    expect((await devicesOf(device))[0]?.unsent?.count).toBe(0);

    const twice = await postJson(
      server,
      `/api/admin/quarantine/${entry?.id}/accept`,
      {},
      admin.accessToken,
    );
    expect(twice.status).toBe(409);
  });

  it('lets the beheerder discard a delivery: nothing applies, the decision stays', async () => {
    const device = await signedInDevice();
    await revoke(device);
    const change = personCreate(1, dalfsen, device.tokens.user.id);
    expect((await deliver(device, [change])).status).toBe(201);
    const entry = (await quarantine()).find((c) => c.userId === device.tokens.user.id);

    const discarded = await postJson(
      server,
      `/api/admin/quarantine/${entry?.id}/discard`,
      {},
      admin.accessToken,
    );
    expect(discarded.status).toBe(204);
    expect(await server.store.sync.findRecord('people', change.recordId)).toBeUndefined();
    const after = (await quarantine()).find((c) => c.id === entry?.id);
    expect(after?.decision?.kind).toBe('discarded');
    expect(after?.decision?.by).toBe(admin.user.id);
    expect(after?.changes).toEqual([]);
    expect(await auditActions(entry?.id ?? '')).toEqual(['quarantine.discard:ok']);
    const accept = await postJson(
      server,
      `/api/admin/quarantine/${entry?.id}/accept`,
      {},
      admin.accessToken,
    );
    expect(accept.status).toBe(409);
  });

  it("applies an accepted delivery under the account's permissions as they are now", async () => {
    // Deactivated (which revokes every device) and moved to another kern meanwhile.
    const device = await signedInDevice();
    const userId = device.tokens.user.id;
    const change = personCreate(1, dalfsen, userId);
    const deactivated = await patchJson(
      server,
      `/api/admin/users/${userId}`,
      { active: false, kernIds: [lemelerveld] },
      admin.accessToken,
    );
    expect(deactivated.status).toBe(200);
    expect((await deliver(device, [change])).status).toBe(201);
    const entry = (await quarantine()).find((c) => c.userId === userId);
    const accepted = await postJson(
      server,
      `/api/admin/quarantine/${entry?.id}/accept`,
      {},
      admin.accessToken,
    );
    expect(await accepted.json()).toEqual({
      applied: 0,
      rejected: [{ id: 1, reason: 'forbidden' }],
    });
    expect(await server.store.sync.findRecord('people', change.recordId)).toBeUndefined();
  });

  it('takes a delivery only with the newest refresh token of the session', async () => {
    const device = await signedInDevice();
    const refresh = async (tokens: TokenResponse) => {
      const response = await send(
        { ...device, tokens },
        '/api/auth/refresh',
        { refreshToken: tokens.refreshToken },
        false,
      );
      expect(response.status).toBe(200);
      return (await response.json()) as TokenResponse;
    };
    const second = await refresh(device.tokens);
    const third = await refresh(second);
    await revoke(device);
    const change = personCreate(1, dalfsen, device.tokens.user.id);
    const stale = await deliver(device, [change]);
    expect(stale.status).toBe(403);
    expect(await reasonOf(stale)).toBe('delivery-refused');
    expect((await deliver({ ...device, tokens: third }, [change])).status).toBe(201);
  });

  it('lets no one but a beheerder see or decide the quarantine', async () => {
    const device = await signedInDevice();
    await revoke(device);
    const change = personCreate(1, dalfsen, device.tokens.user.id);
    expect((await deliver(device, [change])).status).toBe(201);
    const entry = (await quarantine()).find((c) => c.userId === device.tokens.user.id);
    const others = [
      (await signedInDevice(['teamleider'])).tokens.accessToken,
      (await signedInDevice(['gebiedsverbinder'])).tokens.accessToken,
      undefined,
    ];
    for (const token of others) {
      const expected = token ? 403 : 401;
      expect((await getJson(server, '/api/admin/quarantine', token)).status).toBe(expected);
      for (const decision of ['accept', 'discard']) {
        const path = `/api/admin/quarantine/${entry?.id}/${decision}`;
        expect((await postJson(server, path, {}, token)).status).toBe(expected);
      }
    }
    expect((await server.store.quarantine.find(entry?.id ?? ''))?.decision).toBeNull();
    expect(await auditActions(entry?.id ?? '')).toEqual([]);
  });

  // Last: it moves the server's clock past every access token.
  it('refuses a delivery from a session that was not revoked, or after the window', async () => {
    const live = await signedInDevice();
    const change = personCreate(1, dalfsen, live.tokens.user.id);
    const notRevoked = await deliver(live, [change]);
    expect(notRevoked.status).toBe(403);
    expect(await reasonOf(notRevoked)).toBe('delivery-refused');

    const late = await signedInDevice();
    await revoke(late);
    server.clock.advance(15 * 24 * 60 * 60 * 1000);
    const expired = await deliver(late, [personCreate(1, dalfsen, late.tokens.user.id)]);
    expect(expired.status).toBe(410);
    expect(await reasonOf(expired)).toBe('delivery-expired');
  });
});
