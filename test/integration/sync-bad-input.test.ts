import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server/app.ts';
import { RECORD_TABLES } from '../../src/shared/sync-protocol/sync-tables.ts';
import { createAccount } from '../support/accounts.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { makeTempDir } from '../support/temp-dir.ts';

let server: InProcessServer;
let token: string;
const staticDir = makeTempDir('static');

beforeAll(async () => {
  server = await startInProcessServer({ staticDir: staticDir.path });
  token = (await createAccount(server, 'fuzz@dalfsen.test', ['gebiedsverbinder'], ['Dalfsen']))
    .accessToken;
});
afterAll(async () => {
  await server.close();
  staticDir.remove();
});

const post = (url: string, payload: string | object) =>
  server.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    payload,
  });

/** Mutations of every shape: right and wrong tables, kinds, ids and patches. */
const mutation = fc.record(
  {
    id: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.anything()),
    table: fc.oneof(fc.constantFrom(...RECORD_TABLES, 'conflicts', 'rejections'), fc.string()),
    recordId: fc.oneof(fc.uuid(), fc.string()),
    kind: fc.constantFrom('create', 'patch', 'restore', 'drop'),
    patch: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
    baseCursor: fc.oneof(fc.nat(), fc.anything()),
  },
  { requiredKeys: [] },
);

describe('the sync routes and bad input', () => {
  it('never answer 500, whatever the body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/sync/push', '/api/sync/pull'),
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc
            .record(
              {
                clientId: fc.oneof(fc.uuid(), fc.string()),
                protocolVersion: fc.oneof(fc.constant(1), fc.integer()),
                epoch: fc.oneof(fc.constant(null), fc.string()),
                cursor: fc.oneof(fc.nat(), fc.anything()),
                mutations: fc.array(mutation, { maxLength: 8 }),
              },
              { requiredKeys: [] },
            )
            .map((value) => JSON.stringify(value)),
          fc.string(),
        ),
        async (url, body) => {
          const response = await post(url, body);
          expect(response.statusCode, response.body).toBeLessThan(500);
          if (response.statusCode >= 400) expect(response.json()).toHaveProperty('error.reason');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects a malformed mutation with a reason and applies the rest of the batch', async () => {
    const clientId = randomUUID();
    const kernId = (await server.store.reference.listKernen()).find(
      (k) => k.name === 'Dalfsen',
    )?.id;
    const person = (id: string) => ({
      id,
      createdAt: 1,
      updatedAt: 1,
      deleted: false,
      name: 'Els Evers',
      kernId,
      phone: '',
      email: '',
      memberships: [],
      dataBasis: 'contactpersoon vereniging',
    });
    const [first, second] = [randomUUID(), randomUUID()];
    const response = await post('/api/sync/push', {
      clientId,
      protocolVersion: 2,
      epoch: null,
      mutations: [
        {
          id: 1,
          table: 'people',
          recordId: first,
          kind: 'create',
          patch: person(first),
          baseCursor: 0,
        },
        { id: 2, table: 'gemeente', recordId: 'x', kind: 'create', patch: {}, baseCursor: 0 },
        {
          id: 3,
          table: 'people',
          recordId: second,
          kind: 'create',
          patch: person(second),
          baseCursor: 0,
        },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      lastMutationId: 3,
      rejected: [{ id: 2, reason: 'invalid' }],
    });
    expect(await server.store.sync.findRecord('people', first)).toBeDefined();
    expect(await server.store.sync.findRecord('people', second)).toBeDefined();
  });

  it('refuses a gap in mutation ids and applies nothing', async () => {
    const response = await post('/api/sync/push', {
      clientId: randomUUID(),
      protocolVersion: 2,
      epoch: null,
      mutations: [
        { id: 2, table: 'people', recordId: randomUUID(), kind: 'patch', patch: {}, baseCursor: 0 },
      ],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { reason: 'mutation-gap' } });
  });

  it('answers an old protocol with "update required" and an oversized push with 413', async () => {
    const old = await post('/api/sync/pull', {
      clientId: randomUUID(),
      protocolVersion: 0,
      epoch: null,
      cursor: 0,
    });
    expect(old.statusCode).toBe(426);
    expect(old.json()).toMatchObject({ error: { reason: 'update-required' } });
    const huge = await post(
      '/api/sync/push',
      JSON.stringify({ clientId: randomUUID(), filler: 'x'.repeat(MAX_BODY_BYTES) }),
    );
    expect(huge.statusCode).toBe(413);
  });

  it('answers a restored server (another epoch) with epoch-changed', async () => {
    const response = await post('/api/sync/pull', {
      clientId: randomUUID(),
      protocolVersion: 2,
      epoch: 'an-older-server',
      cursor: 0,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { reason: 'epoch-changed' } });
  });
});
