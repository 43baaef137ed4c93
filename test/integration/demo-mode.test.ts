import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_AUTH_SETTINGS } from '../../src/server/auth/auth-settings.ts';
import { seedDemo, type ImportRecords } from '../../src/server/demo/seed-demo.ts';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import { createServices } from '../../src/server/services.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { DemoInfoSchema } from '../../src/shared/demo-api.ts';
import { getJson, postJson, reasonOf } from '../support/accounts.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { DIST_DIR } from '../support/paths.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const isDemoAddress = (email: string) => email.endsWith('@demo.example');

describe('demo mode', () => {
  let server: InProcessServer;
  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: DIST_DIR, demo: true });
  });
  afterAll(() => server.close());

  it('lists one demo account per role, and each can sign in', async () => {
    const response = await getJson(server, '/api/demo');
    expect(response.status).toBe(200);
    const { accounts } = v.parse(DemoInfoSchema, await response.json());
    expect(accounts.map((a) => a.role)).toEqual(['gebiedsverbinder', 'teamleider', 'beheerder']);
    for (const account of accounts) {
      const login = await postJson(server, '/api/auth/login', {
        email: account.email,
        password: account.password,
      });
      expect(login.status, account.email).toBe(200);
      const { user } = (await login.json()) as TokenResponse;
      expect(user.roles).toEqual([account.role]);
      if (account.role === 'gebiedsverbinder') expect(user.kernIds).toHaveLength(2);
    }
  });

  it('serves its data set through sync, each connector the rows of their kernen', async () => {
    const { accounts } = v.parse(DemoInfoSchema, await (await getJson(server, '/api/demo')).json());
    const pulled = async (role: string) => {
      const account = accounts.find((a) => a.role === role);
      const login = await postJson(server, '/api/auth/login', {
        email: account?.email,
        password: account?.password,
      });
      const { accessToken, user } = (await login.json()) as TokenResponse;
      const rows: { table: string; data: Record<string, unknown> }[] = [];
      const clientId = crypto.randomUUID();
      for (let cursor = 0, more = true; more;) {
        const page = (await (
          await postJson(
            server,
            '/api/sync/pull',
            { clientId, protocolVersion: 2, epoch: null, cursor, limit: 1000 },
            accessToken,
          )
        ).json()) as { rows: typeof rows; cursor: number; hasMore: boolean };
        rows.push(...page.rows);
        cursor = page.cursor;
        more = page.hasMore;
      }
      return { rows, user };
    };
    const lead = await pulled('teamleider');
    const visitsOf = (rows: { table: string; data: Record<string, unknown> }[]) =>
      rows.filter((row) => row.table === 'visits');
    expect(visitsOf(lead.rows).length).toBeGreaterThan(200);
    const connector = await pulled('gebiedsverbinder');
    const visits = visitsOf(connector.rows);
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.length).toBeLessThan(visitsOf(lead.rows).length);
    for (const visit of visits) {
      const mine =
        connector.user.kernIds.includes(String(visit.data['kernId'])) ||
        visit.data['authorId'] === connector.user.id;
      expect(mine).toBe(true);
    }
  });

  it('has colleagues for the other kernen, so that every kern has its connector', async () => {
    const connectors = (await server.store.users.list()).filter((u) =>
      u.roles.includes('gebiedsverbinder'),
    );
    const covered = new Set(connectors.flatMap((u) => u.kernIds));
    expect((await server.store.reference.listKernen()).filter((k) => !covered.has(k.id))).toEqual(
      [],
    );
  });
});

describe('outside demo mode', () => {
  let server: InProcessServer;
  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: DIST_DIR });
  });
  afterAll(() => server.close());

  it('answers 404 for /api/demo and has no demo accounts', async () => {
    const response = await getJson(server, '/api/demo');
    expect(response.status).toBe(404);
    expect(await reasonOf(response)).toBe('not-found');
    expect((await server.store.users.list()).filter((u) => isDemoAddress(u.email))).toEqual([]);
  });
});

describe('seedDemo', () => {
  it('hands every generated record to importRecords in one call', async () => {
    const dir = makeTempDir('demo-seed');
    const store = openSqliteStore(dir.path);
    try {
      await seedReferenceData(store, 'dalfsen');
      const services = createServices(store, DEFAULT_AUTH_SETTINGS);
      const importRecords = vi.fn<ImportRecords>();
      const data = await seedDemo(services, { today: '2025-11-21', importRecords });
      expect(importRecords).toHaveBeenCalledTimes(1);
      const rows = importRecords.mock.calls[0]![0];
      const total = [data.organisations, data.people, data.visits, data.initiatives, data.actions]
        .map((records) => records.length)
        .reduce((sum, n) => sum + n, 0);
      expect(rows).toHaveLength(total);
      expect(new Set(rows.map((row) => row.table))).toEqual(
        new Set(['organisations', 'people', 'visits', 'initiatives', 'actions']),
      );
      expect((await store.users.list()).filter((u) => isDemoAddress(u.email))).toHaveLength(5);
      // The database is no longer new: a second start must not seed it again.
      await expect(seedDemo(services, { today: '2025-11-21', importRecords })).rejects.toThrow();
    } finally {
      await store.close();
      dir.remove();
    }
  });
});
