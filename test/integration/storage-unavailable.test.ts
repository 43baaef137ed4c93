import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { postJson, TEST_PASSWORD } from '../support/accounts.ts';
import { serverWithConnectors } from '../support/connectors-server.ts';
import { personCreate } from '../support/pushed-records.ts';
import { sqliteOnly } from '../support/test-store.ts';

/**
 * A database that cannot take writes while the server runs. Tests run as root, which file
 * permissions do not stop, so SQLite itself refuses, on the server's own connection:
 * `max_page_count` at the current size is a full disk for real (every write that needs a new
 * page fails with SQLITE_FULL), `query_only` a read-only database (SQLITE_READONLY).
 */
const setup = serverWithConnectors(['full@dalfsen.test']);

/** A new person whose long name needs room in the file. */
const personWithLongName = (id: number) =>
  personCreate(id, setup.kernId, `Persoon ${id} ${'met een lange naam '.repeat(5)}`);

/** A push of `count` new people, numbered from `first`. */
const push = (clientId: string, first: number, count: number) =>
  postJson(
    setup.server,
    '/api/sync/push',
    {
      clientId,
      protocolVersion: 2,
      epoch: null,
      mutations: Array.from({ length: count }, (_, i) => personWithLongName(first + i)),
    },
    setup.token('full@dalfsen.test'),
  );

const health = () => fetch(`${setup.server.baseUrl}/api/health`);

async function expectStorageUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('60');
  expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  const body = (await response.json()) as { error: { reason: string; message: string } };
  expect(body.error.reason).toBe('storage-unavailable');
  // SQLite's own words stay inside the store.
  expect(body.error.message).not.toMatch(/sqlite/i);
}

describe('a database that cannot take writes at run time', () => {
  it('full disk: a push answers 503 storage-unavailable, keeps nothing, and health says so until there is room', async () => {
    const clientId = randomUUID();
    expect((await push(clientId, 1, 1)).status).toBe(200);
    expect((await health()).status).toBe(200);

    const [{ page_count: pages }] = sqliteOnly(setup.server.store).pragma('page_count') as [
      { page_count: number },
    ];
    sqliteOnly(setup.server.store).pragma(`max_page_count = ${pages}`);
    const rowsBefore = (await setup.server.store.sync.pullPage(0, null, 100_000)).rows.length;

    await expectStorageUnavailable(await push(clientId, 2, 200));
    expect((await setup.server.store.sync.findClient(clientId))?.lastMutationId).toBe(1);
    expect((await setup.server.store.sync.pullPage(0, null, 100_000)).rows.length).toBe(rowsBefore);

    const unhealthy = await health();
    expect(unhealthy.status).toBe(503);
    expect(unhealthy.headers.get('cache-control')).toBe('no-store');
    const { error } = (await unhealthy.json()) as { error: { reason: string; message: string } };
    expect(error.reason).toBe('storage-unavailable');
    expect(error.message).toContain('disk-full');
    // Still full: every health check retries, and still fails.
    expect((await health()).status).toBe(503);

    // The operator makes room: healthy again without any push, and the retried push applies.
    sqliteOnly(setup.server.store).pragma('max_page_count = 1073741823');
    expect((await health()).status).toBe(200);
    const retried = await push(clientId, 2, 200);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ lastMutationId: 201, rejected: [] });
  });

  it('read-only database: a sign-in and a push answer 503, health reports read-only', async () => {
    sqliteOnly(setup.server.store).pragma('query_only = 1');
    try {
      await expectStorageUnavailable(
        await postJson(setup.server, '/api/auth/login', {
          email: 'full@dalfsen.test',
          password: TEST_PASSWORD,
          deviceLabel: 'test',
        }),
      );
      await expectStorageUnavailable(await push(randomUUID(), 1, 1));
      const unhealthy = await health();
      expect(unhealthy.status).toBe(503);
      const { error } = (await unhealthy.json()) as {
        error: { reason: string; message: string };
      };
      expect(error.reason).toBe('storage-unavailable');
      expect(error.message).toContain('read-only');
    } finally {
      sqliteOnly(setup.server.store).pragma('query_only = 0');
    }
    expect((await health()).status).toBe(200);
    expect((await push(randomUUID(), 1, 1)).status).toBe(200);
  });
});
