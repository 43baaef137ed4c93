import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DEFAULT_AUTH_SETTINGS } from '../../src/server/auth/auth-settings.ts';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import { createServices } from '../../src/server/services.ts';
import type { Store } from '../../src/server/store/store.ts';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { TEST_PASSWORD } from './accounts.ts';
import { personCreate } from './pushed-records.ts';

/**
 * Devices talking to several server processes on one database, as a load balancer spreads
 * them: each request goes to any process. For the several-processes test and the load bench.
 */
export interface LoadTarget {
  /** The base URLs of the server processes. */
  baseUrls: string[];
}

export interface LoadAccounts {
  kernId: string;
  connectors: string[];
  teamLead: string;
}

/** Connector accounts in one kern and a teamleider, made in the store before servers start. */
export async function makeLoadAccounts(store: Store, connectors: number): Promise<LoadAccounts> {
  await seedReferenceData(store, 'dalfsen');
  const services = createServices(store, DEFAULT_AUTH_SETTINGS);
  const kernId = (await store.reference.listKernen())[0]?.id ?? '';
  const origin = { actorId: null, address: 'test' };
  const emails: string[] = [];
  for (let i = 0; i < connectors; i += 1) {
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
    emails.push(email);
  }
  const teamLead = 'lead@dalfsen.test';
  await services.accounts.createWithPassword(
    { email: teamLead, displayName: 'Teamleider', roles: ['teamleider'], kernIds: [] },
    TEST_PASSWORD,
    origin,
  );
  return { kernId, connectors: emails, teamLead };
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

const anyOf = (target: LoadTarget) =>
  target.baseUrls[Math.floor(Math.random() * target.baseUrls.length)] ?? '';

export async function post(
  baseUrl: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<Answer> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function signIn(target: LoadTarget, email: string): Promise<string> {
  const answer = await post(anyOf(target), '/api/auth/login', { email, password: TEST_PASSWORD });
  if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status}`);
  return (answer.body as unknown as TokenResponse).accessToken;
}

export interface PushedByDevice {
  ids: string[];
  /** The time each push took until its answer, in ms (retries counted in). */
  latencies: number[];
}

/**
 * A device that pushes `batches` batches of `perBatch` new people, each batch to any process,
 * retrying one that got 429 or 503 (busy) as the sync engine does.
 */
export async function pushingDevice(
  target: LoadTarget,
  token: string,
  kernId: string,
  batches: number,
  perBatch: number,
): Promise<PushedByDevice> {
  const clientId = randomUUID();
  let epoch: string | null = null;
  const ids: string[] = [];
  const latencies: number[] = [];
  for (let batch = 0; batch < batches; batch += 1) {
    const mutations = Array.from({ length: perBatch }, (_, i) => {
      const mutation = personCreate(batch * perBatch + i + 1, kernId, `Persoon ${batch}-${i}`);
      ids.push(mutation.recordId);
      return mutation;
    });
    const started = performance.now();
    for (;;) {
      const answer = await post(
        anyOf(target),
        '/api/sync/push',
        { clientId, protocolVersion: PROTOCOL_VERSION, epoch, mutations },
        token,
      );
      if (answer.status === 200) {
        epoch = answer.body['epoch'] as string;
        const rejected = answer.body['rejected'] as unknown[];
        if (rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(rejected)}`);
        break;
      }
      if (answer.status !== 429 && answer.status !== 503) {
        throw new Error(`push answered ${answer.status}`);
      }
    }
    latencies.push(performance.now() - started);
  }
  return { ids, latencies };
}

export interface Puller {
  /** Per person row id, how often a pull delivered it. */
  seen: Map<string, number>;
  cursor: number;
  clientId: string;
  epoch: string | null;
}

export function newPuller(): Puller {
  return { seen: new Map(), cursor: 0, clientId: randomUUID(), epoch: null };
}

/** Pulls to the end from any process, counting every person row it receives. */
export async function pullToEnd(target: LoadTarget, token: string, state: Puller): Promise<void> {
  for (;;) {
    const answer = await post(
      anyOf(target),
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
    if (answer.status !== 200) throw new Error(`pull answered ${answer.status}`);
    for (const row of answer.body['rows'] as { table: string; id: string }[]) {
      if (row.table === 'people') state.seen.set(row.id, (state.seen.get(row.id) ?? 0) + 1);
    }
    state.cursor = answer.body['cursor'] as number;
    state.epoch = answer.body['epoch'] as string;
    if (!answer.body['hasMore']) return;
  }
}

/** Rows a puller never got, and rows it got more than once. */
export function missingAndDoubled(state: Puller, created: readonly string[]) {
  return {
    missing: created.filter((id) => !state.seen.has(id)).length,
    doubled: [...state.seen.values()].filter((count) => count > 1).length,
    extra: state.seen.size - created.filter((id) => state.seen.has(id)).length,
  };
}
