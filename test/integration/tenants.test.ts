import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import type { Role } from '../../src/shared/roles.ts';
import { TEST_PASSWORD } from '../support/accounts.ts';
import { startServerProcess } from '../support/server-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { sharedTestDatabase, tenantStoreOpener } from '../support/test-store.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { newRecord } from '../support/pushed-records.ts';
import {
  startTenantServer,
  type ServedTenant,
  type TenantServer,
} from '../support/tenant-server.ts';

const DALFSEN = 'noaber.dalfsen.test';
const OMMEN = 'noaber.ommen.test';
/** Text only Dalfsen's data holds: no answer to Ommen may contain it. */
const MARKER = 'Alleen-in-Dalfsen';

let server: TenantServer;
let dalfsen: ServedTenant;
let ommen: ServedTenant;
const tokens: Record<string, TokenResponse> = {};
/** The person Dalfsen's connector records: Ommen's routes must never find them. */
let dalfsenPersonId = '';

async function account(tenant: ServedTenant, email: string, roles: Role[]): Promise<TokenResponse> {
  const kernen = await tenant.store.reference.listKernen();
  const kernIds = roles.includes('gebiedsverbinder') ? [kernen[0]?.id ?? ''] : [];
  const { setupLink } = await tenant.services.accounts.invite(
    {
      email,
      displayName: `${tenant === dalfsen ? MARKER : 'Ommen'} ${roles.join(' ')}`,
      roles,
      kernIds,
    },
    { actorId: null, address: 'test' },
  );
  const token = new URL(setupLink).hash.replace('#token=', '');
  const answer = await server.send(tenant.host, 'POST', '/api/auth/setup', {
    body: { token, password: TEST_PASSWORD },
  });
  expect(answer.status).toBe(200);
  return answer.json() as TokenResponse;
}

/**
 * Every GET route of the API, with an id where it needs one: an account of the tenant asked,
 * and a person of the OTHER tenant (what a route must never find).
 */
function getPaths(userId: string, personId: string): string[] {
  return [
    '/api/health',
    '/api/auth/session',
    '/api/kernen',
    '/api/organisation-kinds',
    '/api/colleagues',
    '/api/feedback-term',
    '/api/admin/users',
    `/api/admin/users/${userId}/sessions`,
    '/api/admin/audit',
    '/api/admin/quarantine',
    '/api/ideas/kernen',
    // A photo of a resident's idea: no such photo here (scoped like its initiative).
    `/api/ideas/photos/${userId}`,
    '/api/admin/retention',
    `/api/privacy/people/${personId}/mentions`,
    `/api/privacy/people/${personId}/export`,
    `/api/privacy/people/${personId}/access`,
  ];
}

beforeAll(async () => {
  server = await startTenantServer({ dalfsen: DALFSEN, ommen: OMMEN }, await tenantStoreOpener());
  [dalfsen, ommen] = server.tenants as [ServedTenant, ServedTenant];
  for (const tenant of [dalfsen, ommen]) {
    tokens[`${tenant.id}-beheerder`] = await account(tenant, 'beheer@gemeente.test', ['beheerder']);
    tokens[`${tenant.id}-teamleider`] = await account(tenant, 'lead@gemeente.test', ['teamleider']);
    tokens[`${tenant.id}-connector`] = await account(tenant, 'gv@gemeente.test', [
      'gebiedsverbinder',
    ]);
  }
  // Dalfsen's connector records an organisation, a person, a visit and an initiative.
  const connector = tokens['dalfsen-connector'];
  const kernId = connector?.user.kernIds[0] ?? '';
  const kindId = (await dalfsen.store.reference.listOrganisationKinds())[0]?.id ?? '';
  const place = { kernId, kindId, userId: connector?.user.id ?? '' };
  const mutations = (['organisations', 'people', 'visits', 'initiatives'] as const).map(
    (table, index) => {
      const record = newRecord(table, place);
      const text =
        table === 'visits' ? {} : { [table === 'initiatives' ? 'title' : 'name']: MARKER };
      return {
        id: index + 1,
        table,
        recordId: String(record['id']),
        kind: 'create',
        baseCursor: 0,
        patch: { ...record, ...text },
      };
    },
  );
  dalfsenPersonId = mutations.find((mutation) => mutation.table === 'people')?.recordId ?? '';
  const pushed = await server.send(DALFSEN, 'POST', '/api/sync/push', {
    token: connector?.accessToken ?? '',
    body: { clientId: randomUUID(), protocolVersion: PROTOCOL_VERSION, epoch: null, mutations },
  });
  expect(pushed.json()).toMatchObject({ lastMutationId: 4, rejected: [] });
});
afterAll(() => server.close());

describe('several municipalities on one installation', () => {
  it('keeps a history of its own per tenant', async () => {
    const epochs = await Promise.all(
      [DALFSEN, OMMEN].map(async (host) => {
        const answer = await server.send(host, 'GET', '/api/health');
        return (answer.json() as { serverEpoch: string }).serverEpoch;
      }),
    );
    expect(epochs[0]).toBe(await dalfsen.store.serverEpoch());
    expect(epochs[1]).toBe(await ommen.store.serverEpoch());
    expect(epochs[0]).not.toBe(epochs[1]);
  });

  it("signs in with a tenant's accounts only at its own host", async () => {
    const login = (host: string) =>
      server.send(host, 'POST', '/api/auth/login', {
        body: { email: 'gv@gemeente.test', password: TEST_PASSWORD },
      });
    const atDalfsen = (await login(DALFSEN)).json() as TokenResponse;
    expect(atDalfsen.user.id).toBe(tokens['dalfsen-connector']?.user.id);
    const atOmmen = (await login(OMMEN)).json() as TokenResponse;
    expect(atOmmen.user.id).toBe(tokens['ommen-connector']?.user.id);
    expect(atOmmen.user.id).not.toBe(atDalfsen.user.id);
  });

  it("refuses one tenant's token at another tenant's host", async () => {
    for (const role of ['beheerder', 'teamleider', 'connector']) {
      const token = tokens[`dalfsen-${role}`]?.accessToken ?? '';
      const answer = await server.send(OMMEN, 'GET', '/api/auth/session', { token });
      expect(answer.status).toBe(401);
    }
  });

  it("never answers a route or a pull at one host with the other tenant's data", async () => {
    for (const role of ['beheerder', 'teamleider', 'connector']) {
      const own = tokens[`ommen-${role}`];
      for (const path of getPaths(own?.user.id ?? '', dalfsenPersonId)) {
        const answer = await server.send(OMMEN, 'GET', path, { token: own?.accessToken ?? '' });
        expect(answer.status, `${role} ${path}`).toBeLessThan(500);

        expect(answer.text, `${role} ${path}`).not.toContain(MARKER);
      }
      const pulled = await server.send(OMMEN, 'POST', '/api/sync/pull', {
        token: own?.accessToken ?? '',
        body: { clientId: randomUUID(), protocolVersion: PROTOCOL_VERSION, epoch: null, cursor: 0 },
      });
      expect(pulled.status).toBe(200);
      expect(pulled.text).not.toContain(MARKER);
    }
    // The same pull at Dalfsen's host does return Dalfsen's rows: the marker is findable.
    const lead = tokens['dalfsen-teamleider'];
    const pulled = await server.send(DALFSEN, 'POST', '/api/sync/pull', {
      token: lead?.accessToken ?? '',
      body: { clientId: randomUUID(), protocolVersion: PROTOCOL_VERSION, epoch: null, cursor: 0 },
    });
    expect(pulled.text).toContain(MARKER);
  });

  it('lists every GET route of the API in the scan above', () => {
    const routes = join(PROJECT_ROOT, 'src', 'server', 'routes');
    const declared = readdirSync(routes)
      .flatMap((file) => [
        ...readFileSync(join(routes, file), 'utf8').matchAll(/app\.get\('([^']+)'/g),
      ])
      .map((match) => (match[1] ?? '').replace(':id', 'ID'));
    const scanned = getPaths('ID', 'ID');
    expect(declared.filter((path) => !scanned.includes(path))).toEqual([]);
  });

  it('answers a host it does not serve with not-found, and no tenant is touched', async () => {
    const answer = await server.send('noaber.elders.test', 'POST', '/api/auth/login', {
      body: { email: 'gv@gemeente.test', password: TEST_PASSWORD },
    });
    expect(answer.status).toBe(404);
    expect(answer.json()).toMatchObject({ error: { reason: 'not-found' } });
  });
});

describe('npm start with TENANTS_FILE', () => {
  it('serves each municipality at its host from its own store, and prints a first link for each', async () => {
    const dir = makeTempDir('tenants-process');
    const { store, env } = await sharedTestDatabase(dir.path);
    await store.close();
    const file = join(dir.path, 'tenants.json');
    writeFileSync(
      file,
      JSON.stringify({
        tenants: [
          { id: 'dalfsen', hosts: [DALFSEN] },
          { id: 'ommen', hosts: [OMMEN], seed: 'none' },
        ],
      }),
    );
    const process = await startServerProcess({
      dataDir: dir.path,
      extraEnv: { ...env, TENANTS_FILE: file },
    });
    try {
      const { port } = new URL(process.baseUrl);
      const epochs: string[] = [];
      for (const host of [DALFSEN, OMMEN]) {
        const answer = await hostRequest(Number(port), host, '/api/health');
        expect(answer.status).toBe(200);
        epochs.push((JSON.parse(answer.text) as { serverEpoch: string }).serverEpoch);
      }
      expect(epochs[0]).not.toBe(epochs[1]);
      const healthStatus = async (host: string) =>
        (await hostRequest(Number(port), host, '/api/health')).status;
      expect(await healthStatus('noaber.elders.test')).toBe(404);
      // The links are printed right after the "running" line the start waited for.
      await expect.poll(() => process.stdout()).toContain('Tenant ommen has no accounts yet');
      expect(process.stdout()).toContain('Tenant dalfsen has no accounts yet');
      expect(process.stdout()).toContain(`https://${OMMEN}/`);
    } finally {
      await process.stop();
      dir.remove();
    }
  });
});

/** GET over real HTTP with the Host header a browser at `host` sends. */
function hostRequest(port: number, host: string, path: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, path, headers: { host: `${host}:${port}` } },
      (incoming) => {
        let text = '';
        incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}
