import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { serverWithConnectors } from '../support/connectors-server.ts';

/**
 * Numbers JSON cannot carry exactly and values nested absurdly deep, sent over real HTTP as
 * raw JSON text (JSON.stringify could not even write 2^53 + 2 as typed): a 4xx or a rejected
 * mutation with a reason, never a 500 a device would retry for ever, and nothing half-applied.
 */
const setup = serverWithConnectors(['limits@dalfsen.test']);

async function postText(path: string, body: string) {
  const response = await fetch(`${setup.server.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${setup.token('limits@dalfsen.test')}`,
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const TOO_BIG = '9007199254740994'; // 2^53 + 2, as the device's JSON text says it
const deepArray = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** A valid create of a person, as JSON text, with `id` as its mutation id. */
function createPerson(id: number | string, recordId = randomUUID()): string {
  const patch = {
    id: recordId,
    createdAt: 1,
    updatedAt: 1,
    deleted: false,
    name: 'Els Evers',
    kernId: setup.kernId,
    phone: '',
    email: '',
    memberships: [],
    dataBasis: 'contactpersoon vereniging',
  };
  return `{"id":${id},"table":"people","recordId":"${recordId}","kind":"create","patch":${JSON.stringify(patch)},"baseCursor":0}`;
}

/** A create whose patch carries `value` (JSON text) in one field. */
function createWith(id: number, value: string): string {
  const recordId = randomUUID();
  return `{"id":${id},"table":"people","recordId":"${recordId}","kind":"create","patch":{"id":"${recordId}","name":${value}},"baseCursor":0}`;
}

const envelope = (clientId: string, rest: string) =>
  `{"clientId":"${clientId}","protocolVersion":${PROTOCOL_VERSION},"epoch":null,${rest}}`;
const push = (clientId: string, mutations: string[], extra = '') =>
  postText('/api/sync/push', envelope(clientId, `${extra}"mutations":[${mutations.join(',')}]`));

const rowCount = async () => (await setup.server.store.sync.pullPage(0, null, 100_000)).rows.length;

describe('sync requests with numbers beyond 2^53', () => {
  it('refuse a push whose mutation id is 2^53 + 2 as a whole, and then take the right batch', async () => {
    const clientId = randomUUID();
    const before = await rowCount();
    const refused = await push(clientId, [createPerson(1), createPerson(TOO_BIG)]);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { reason: 'invalid-body' } });
    expect(JSON.stringify(refused.body)).toMatch(/mutations\.1\.id/);
    expect(await rowCount()).toBe(before);

    const applied = await push(clientId, [createPerson(1), createPerson(2)]);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ lastMutationId: 2, rejected: [] });
  });

  it.each([
    ['a pull cursor', '/api/sync/pull', `"cursor":${TOO_BIG}`],
    ['a pull cursor of 1e300', '/api/sync/pull', `"cursor":1e300`],
    [
      'an outbox id',
      '/api/sync/push',
      `"outbox":{"lastNumberedId":${TOO_BIG},"waiting":0},"mutations":[]`,
    ],
    [
      'an outbox count',
      '/api/sync/pull',
      `"cursor":0,"outbox":{"lastNumberedId":0,"waiting":1e300}`,
    ],
    ['a protocol version', '/api/sync/pull', `"cursor":0,"protocolVersion":${TOO_BIG}`],
  ])('refuse %s beyond 2^53 with 400 invalid-body', async (_what, path, rest) => {
    const body = envelope(randomUUID(), rest).replace(
      `"protocolVersion":${PROTOCOL_VERSION},`,
      (match) => (rest.includes('protocolVersion') ? '' : match),
    );
    const response = await postText(path, body);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body).toMatchObject({ error: { reason: 'invalid-body' } });
  });

  it('reject a mutation whose patch holds 2^53 + 2 and apply the rest of the batch', async () => {
    const clientId = randomUUID();
    // A record valid in every other way: only the number is wrong.
    const inexact = createPerson(1).replace('"updatedAt":1', `"updatedAt":${TOO_BIG}`);
    expect(inexact).toContain(TOO_BIG);
    const response = await push(clientId, [inexact, createPerson(2)]);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      lastMutationId: 2,
      rejected: [{ id: 1, reason: 'invalid' }],
    });
  });
});

describe('sync requests nested absurdly deep', () => {
  it.each([
    ['array', deepArray(10_000)],
    ['object', deepObject(10_000)],
  ])(
    'reject a mutation with a 10 000-deep %s and apply the rest of the batch',
    async (_kind, deep) => {
      const clientId = randomUUID();
      const recordId = randomUUID();
      const response = await push(clientId, [createWith(1, deep), createPerson(2, recordId)]);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({
        lastMutationId: 2,
        rejected: [{ id: 1, reason: 'invalid' }],
      });
      expect(await setup.server.store.sync.findRecord('people', recordId)).toBeDefined();

      // The next batch of the same device applies as usual.
      const next = await push(clientId, [createPerson(3)]);
      expect(next.status).toBe(200);
      expect(next.body).toMatchObject({ lastMutationId: 3, rejected: [] });
    },
  );

  it('refuse a request nested 100 000 deep outside the mutations with 400', async () => {
    const response = await push(randomUUID(), [], `"extra":${deepArray(100_000)},`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { reason: 'invalid-body' } });
  });
});
