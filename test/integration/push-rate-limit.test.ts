import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { postJson } from '../support/accounts.ts';
import { serverWithConnectors } from '../support/connectors-server.ts';
import { personCreate } from '../support/pushed-records.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';

/** A low limit, so that a test reaches it: three pushes a minute per account. */
const LIMIT = { maxPushes: 3, windowMs: 60_000 };

const setup = serverWithConnectors(['anna@dalfsen.test', 'bert@dalfsen.test'], {
  pushRateLimit: LIMIT,
});

function push(token: string, clientId: string, id: number) {
  return postJson(
    setup.server,
    '/api/sync/push',
    {
      clientId,
      protocolVersion: PROTOCOL_VERSION,
      epoch: null,
      mutations: [personCreate(id, setup.kernId, `Persoon ${id}`)],
    },
    token,
  );
}

describe('the push rate limit per account', () => {
  it('refuses the push beyond the limit with 429 rate-limited and Retry-After, applying nothing', async () => {
    const phone = randomUUID();
    for (let id = 1; id <= LIMIT.maxPushes; id += 1) {
      expect((await push(setup.token('anna@dalfsen.test'), phone, id)).status).toBe(200);
    }
    const refused = await push(setup.token('anna@dalfsen.test'), phone, LIMIT.maxPushes + 1);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await refused.json()).toMatchObject({ error: { reason: 'rate-limited' } });
    expect((await setup.server.store.sync.findClient(phone))?.lastMutationId).toBe(LIMIT.maxPushes);

    // Every device of the account shares the limit; pulls are not limited.
    expect((await push(setup.token('anna@dalfsen.test'), randomUUID(), 1)).status).toBe(429);
    const pull = await postJson(
      setup.server,
      '/api/sync/pull',
      { clientId: phone, protocolVersion: 2, epoch: null, cursor: 0 },
      setup.token('anna@dalfsen.test'),
    );
    expect(pull.status).toBe(200);
  });

  it('counts each account on its own', async () => {
    expect((await push(setup.token('bert@dalfsen.test'), randomUUID(), 1)).status).toBe(200);
  });

  it('counts in fixed windows kept in the database: a new window starts afresh', async () => {
    const key = `test:${randomUUID()}`;
    const { windowMs } = LIMIT;
    expect(await setup.server.store.rateWindows.hit(key, 1_000, windowMs)).toEqual({
      windowStart: 1_000,
      hits: 1,
    });
    expect(await setup.server.store.rateWindows.hit(key, 1_000 + windowMs - 1, windowMs)).toEqual({
      windowStart: 1_000,
      hits: 2,
    });
    expect(await setup.server.store.rateWindows.hit(key, 1_000 + windowMs, windowMs)).toEqual({
      windowStart: 1_000 + windowMs,
      hits: 1,
    });
  });
});
