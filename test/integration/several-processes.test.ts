import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import {
  makeLoadAccounts,
  missingAndDoubled,
  newPuller,
  post,
  pullToEnd,
  pushingDevice,
  signIn,
  type LoadAccounts,
  type LoadTarget,
} from '../support/load-devices.ts';
import { personCreate } from '../support/pushed-records.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { sharedTestDatabase } from '../support/test-store.ts';

/**
 * Two server processes behind "any port" on one database: devices talk to either from one
 * request to the next. Pushes from many devices run concurrently with continuous pulls;
 * every device must end with every row, none twice, and a batch retried at both processes
 * at once is applied once. (On PostgreSQL too: the integration-postgres project.)
 */
const CONNECTORS = 4;
const DEVICES_PER_CONNECTOR = 5;
const BATCHES = 6;
const PER_BATCH = 5;
const PULLERS = 4;

const dir = makeTempDir('two-processes');
let processes: ServerProcess[] = [];
let target: LoadTarget;
let accounts: LoadAccounts;

beforeAll(async () => {
  // The accounts, made before the processes start (as a beheerder would have).
  const { store, env } = await sharedTestDatabase(dir.path);
  accounts = await makeLoadAccounts(store, CONNECTORS);
  await store.close();
  processes = await Promise.all(
    [0, 1].map(() => startServerProcess({ dataDir: dir.path, extraEnv: env })),
  );
  target = { baseUrls: processes.map((process) => process.baseUrl) };
}, 30_000);

afterAll(async () => {
  await Promise.all(processes.map((process) => process.stop()));
  dir.remove();
});

describe('two server processes on one database', () => {
  it('gives every device every row once while pushes and pulls run concurrently', async () => {
    const pushTokens = await Promise.all(
      accounts.connectors.flatMap((email) =>
        Array.from({ length: DEVICES_PER_CONNECTOR }, () => signIn(target, email)),
      ),
    );
    const pullTokens = await Promise.all(
      Array.from({ length: PULLERS }, () => signIn(target, accounts.teamLead)),
    );
    const pullers = pullTokens.map(() => newPuller());
    let pushing = true;
    const pulling = pullTokens.map(async (token, index) => {
      const state = pullers[index]!;
      while (pushing) await pullToEnd(target, token, state);
    });
    const pushed = await Promise.all(
      pushTokens.map((token) => pushingDevice(target, token, accounts.kernId, BATCHES, PER_BATCH)),
    );
    pushing = false;
    await Promise.all(pulling);
    for (const [index, token] of pullTokens.entries()) {
      await pullToEnd(target, token, pullers[index]!);
    }

    const created = pushed.flatMap((device) => device.ids);
    expect(created).toHaveLength(CONNECTORS * DEVICES_PER_CONNECTOR * BATCHES * PER_BATCH);
    for (const state of pullers) {
      expect(missingAndDoubled(state, created)).toEqual({ missing: 0, doubled: 0, extra: 0 });
    }
  }, 120_000);

  it('applies a batch retried at both processes at the same moment once', async () => {
    const token = await signIn(target, accounts.connectors[0] ?? '');
    const mutations = Array.from({ length: PER_BATCH }, (_, i) =>
      personCreate(i + 1, accounts.kernId, `Dubbel ${i}`),
    );
    const body = {
      clientId: randomUUID(),
      protocolVersion: PROTOCOL_VERSION,
      epoch: null,
      mutations,
    };
    const answers = await Promise.all(
      processes.map((process) => post(process.baseUrl, '/api/sync/push', body, token)),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ lastMutationId: PER_BATCH, rejected: [] });
    }
    const state = newPuller();
    await pullToEnd(target, await signIn(target, accounts.teamLead), state);
    for (const mutation of mutations) expect(state.seen.get(mutation.recordId)).toBe(1);
  }, 30_000);
});
