import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_SETTINGS } from '../../src/server/auth/auth-settings.ts';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import { createServices } from '../../src/server/services.ts';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { TEST_PASSWORD } from '../support/accounts.ts';
import { personCreate } from '../support/pushed-records.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { sharedTestDatabase } from '../support/test-store.ts';

/**
 * Two server processes behind "any port" on one database: devices talk to either from one
 * request to the next. Pushes from many devices run concurrently with continuous pulls;
 * every device must end with every row, none twice, and a batch retried at both processes
 * at once is applied once.
 */
const CONNECTORS = 4;
const DEVICES_PER_CONNECTOR = 5;
const BATCHES = 6;
const PER_BATCH = 5;
const PULLERS = 4;

const dir = makeTempDir('two-processes');
let processes: ServerProcess[] = [];
let kernId = '';
const connectors: string[] = [];

beforeAll(async () => {
  // The accounts, made before the processes start (as a beheerder would have).
  const { store, env } = await sharedTestDatabase(dir.path);
  await seedReferenceData(store, 'dalfsen');
  const services = createServices(store, DEFAULT_AUTH_SETTINGS);
  kernId = (await store.reference.listKernen())[0]?.id ?? '';
  const origin = { actorId: null, address: 'test' };
  for (let i = 0; i < CONNECTORS; i += 1) {
    const email = `gv${i}@dalfsen.test`;
    await services.accounts.createWithPassword(
      {
        email,
        displayName: `Gebiedsverbinder ${i}`,
        roles: ['gebiedsverbinder'],
        kernIds: [kernId],
      },
      TEST_PASSWORD,
      origin,
    );
    connectors.push(email);
  }
  await services.accounts.createWithPassword(
    { email: 'lead@dalfsen.test', displayName: 'Teamleider', roles: ['teamleider'], kernIds: [] },
    TEST_PASSWORD,
    origin,
  );
  await store.close();
  processes = await Promise.all(
    [0, 1].map(() => startServerProcess({ dataDir: dir.path, extraEnv: env })),
  );
}, 30_000);

afterAll(async () => {
  await Promise.all(processes.map((process) => process.stop()));
  dir.remove();
});

const anyProcess = () => processes[Math.floor(Math.random() * processes.length)]!;

async function post(process: ServerProcess, path: string, body: unknown, token?: string) {
  const response = await fetch(`${process.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function signIn(email: string): Promise<string> {
  const answer = await post(anyProcess(), '/api/auth/login', { email, password: TEST_PASSWORD });
  expect(answer.status).toBe(200);
  return (answer.body as unknown as TokenResponse).accessToken;
}

/** A device that pushes its batches, each to either process, retrying what got no answer. */
async function pushingDevice(token: string): Promise<string[]> {
  const clientId = randomUUID();
  let epoch: string | null = null;
  const ids: string[] = [];
  for (let batch = 0; batch < BATCHES; batch += 1) {
    const mutations = Array.from({ length: PER_BATCH }, (_, i) => {
      const mutation = personCreate(batch * PER_BATCH + i + 1, kernId, `Persoon ${batch}-${i}`);
      ids.push(mutation.recordId);
      return mutation;
    });
    for (;;) {
      const answer = await post(
        anyProcess(),
        '/api/sync/push',
        { clientId, protocolVersion: PROTOCOL_VERSION, epoch, mutations },
        token,
      );
      if (answer.status === 200) {
        epoch = answer.body['epoch'] as string;
        expect(answer.body['rejected']).toEqual([]);
        break;
      }
      // Busy (the other process held the write lock too long): the device tries again.
      expect([429, 503]).toContain(answer.status);
    }
  }
  return ids;
}

interface Pulled {
  seen: Map<string, number>;
  cursor: number;
  clientId: string;
  epoch: string | null;
}

/** Pulls once to the end from either process, counting every person row it receives. */
async function pullToEnd(token: string, state: Pulled): Promise<void> {
  for (;;) {
    const answer = await post(
      anyProcess(),
      '/api/sync/pull',
      {
        clientId: state.clientId,
        protocolVersion: PROTOCOL_VERSION,
        epoch: state.epoch,
        cursor: state.cursor,
        limit: 50,
      },
      token,
    );
    expect(answer.status).toBe(200);
    const rows = answer.body['rows'] as { table: string; id: string }[];
    for (const row of rows) {
      if (row.table === 'people') state.seen.set(row.id, (state.seen.get(row.id) ?? 0) + 1);
    }
    state.cursor = answer.body['cursor'] as number;
    state.epoch = answer.body['epoch'] as string;
    if (!answer.body['hasMore']) return;
  }
}

describe('two server processes on one database', () => {
  it('gives every device every row once while pushes and pulls run concurrently', async () => {
    const pushTokens = await Promise.all(
      connectors.flatMap((email) =>
        Array.from({ length: DEVICES_PER_CONNECTOR }, () => signIn(email)),
      ),
    );
    const pullTokens = await Promise.all(
      Array.from({ length: PULLERS }, () => signIn('lead@dalfsen.test')),
    );
    const pullers = pullTokens.map(() => ({
      seen: new Map<string, number>(),
      cursor: 0,
      clientId: randomUUID(),
      epoch: null,
    }));
    let pushing = true;
    const pulling = pullTokens.map(async (token, index) => {
      const state = pullers[index]!;
      while (pushing) await pullToEnd(token, state);
    });
    const created = (await Promise.all(pushTokens.map(pushingDevice))).flat();
    pushing = false;
    await Promise.all(pulling);
    for (const [index, token] of pullTokens.entries()) await pullToEnd(token, pullers[index]!);

    expect(created).toHaveLength(CONNECTORS * DEVICES_PER_CONNECTOR * BATCHES * PER_BATCH);
    for (const state of pullers) {
      expect(state.seen.size).toBe(created.length);
      expect([...state.seen.values()].filter((count) => count !== 1)).toEqual([]);
      expect(created.filter((id) => !state.seen.has(id))).toEqual([]);
    }
  }, 120_000);

  it('applies a batch retried at both processes at the same moment once', async () => {
    const token = await signIn(connectors[0] ?? '');
    const clientId = randomUUID();
    const mutations = Array.from({ length: PER_BATCH }, (_, i) =>
      personCreate(i + 1, kernId, `Dubbel ${i}`),
    );
    const body = { clientId, protocolVersion: PROTOCOL_VERSION, epoch: null, mutations };
    const answers = await Promise.all(
      processes.map((process) => post(process, '/api/sync/push', body, token)),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ lastMutationId: PER_BATCH, rejected: [] });
    }
    const state = {
      seen: new Map<string, number>(),
      cursor: 0,
      clientId: randomUUID(),
      epoch: null,
    };
    await pullToEnd(await signIn('lead@dalfsen.test'), state);
    for (const mutation of mutations) expect(state.seen.get(mutation.recordId)).toBe(1);
  }, 30_000);
});
