import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { DIST_DIR } from '../support/paths.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { createAccount, patchJson, postJson, reasonOf } from '../support/accounts.ts';

describe('bad input to the account routes: 4xx with a reason, nothing changed', () => {
  let server: InProcessServer;
  let admin: TokenResponse;

  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: DIST_DIR });
    admin = await createAccount(server, 'beheer@dalfsen.nl', ['beheerder']);
  });
  afterAll(() => server.close());

  const invite = (body: unknown) => postJson(server, '/api/admin/users', body, admin.accessToken);
  const good = { email: 'nieuw@dalfsen.nl', displayName: 'Nieuw', roles: ['teamleider'] };

  it.each([
    ['an unknown field', { ...good, isAdmin: true }],
    ['a wrong type', { ...good, roles: 'teamleider' }],
    ['an unknown role', { ...good, roles: ['burgemeester'] }],
    ['no role', { ...good, roles: [] }],
    ['a broken e-mail address', { ...good, email: 'nieuw@' }],
    ['an empty name', { ...good, displayName: '   ' }],
    ['a kern id that is no id', { ...good, kernIds: ['Hoonhorst'] }],
    ['a kern that does not exist', { ...good, kernIds: ['00000000-0000-4000-8000-000000000000'] }],
    ['an array instead of an object', [good]],
    ['null', null],
  ])('refuses an invitation with %s', async (_label, body) => {
    const before = await server.store.users.count();
    const response = await invite(body);
    expect(response.status).toBe(400);
    expect(await reasonOf(response)).toBe('invalid-body');
    expect(await server.store.users.count()).toBe(before);
  });

  it('refuses a role or kern given twice, naming it, and changes nothing', async () => {
    const hoonhorst = (await server.store.reference.listKernen()).find(
      (k) => k.name === 'Hoonhorst',
    );
    const twice = [
      [{ ...good, roles: ['teamleider', 'teamleider'] }, 'roles: teamleider is listed twice'],
      [
        { ...good, roles: ['gebiedsverbinder'], kernIds: [hoonhorst?.id, hoonhorst?.id] },
        `kernIds: ${hoonhorst?.id} is listed twice`,
      ],
    ] as const;
    const before = await server.store.users.count();
    for (const [body, message] of twice) {
      const response = await invite(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { reason: 'invalid-body', message } });
    }
    expect(await server.store.users.count()).toBe(before);

    expect((await invite({ ...good, email: 'twee-rollen@dalfsen.nl' })).status).toBe(201);
    const userId = (await server.store.users.findByEmail('twee-rollen@dalfsen.nl'))?.id ?? '';
    const change = await patchJson(
      server,
      `/api/admin/users/${userId}`,
      { roles: ['beheerder', 'teamleider', 'beheerder'] },
      admin.accessToken,
    );
    expect(change.status).toBe(400);
    expect(await reasonOf(change)).toBe('invalid-body');
    expect((await server.store.users.findById(userId))?.roles).toEqual(['teamleider']);
  });

  it('refuses a second account with the same e-mail address with 409', async () => {
    expect((await invite({ ...good, email: 'dubbel@dalfsen.nl' })).status).toBe(201);
    const again = await invite({ ...good, email: 'DUBBEL@dalfsen.nl' });
    expect(again.status).toBe(409);
    expect(await reasonOf(again)).toBe('conflict');
  });

  it('refuses sign-in bodies of the wrong shape with 400, and oversized ones with 413', async () => {
    for (const body of [
      { email: 'a@b.nl' },
      { email: 1, password: 'x' },
      { email: 'a@b.nl', password: 'x', remember: true },
    ]) {
      const response = await postJson(server, '/api/auth/login', body);
      expect(response.status).toBe(400);
      expect(await reasonOf(response)).toBe('invalid-body');
    }
    const huge = await postJson(server, '/api/auth/login', {
      email: 'a@b.nl',
      password: 'x'.repeat(2_000_000),
    });
    expect(huge.status).toBe(413);
  });

  it('answers an unknown or malformed id with 404', async () => {
    for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const response = await fetch(`${server.baseUrl}/api/admin/users/${id}`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${admin.accessToken}`,
        },
        body: JSON.stringify({ displayName: 'X' }),
      });
      expect(response.status).toBe(404);
      expect(await reasonOf(response)).toBe('not-found');
    }
  });

  it('does not let a beheerder remove their own administrator access', async () => {
    const response = await fetch(`${server.baseUrl}/api/admin/users/${admin.user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
      body: JSON.stringify({ roles: ['teamleider'] }),
    });
    expect(response.status).toBe(409);
    expect((await server.store.users.findById(admin.user.id))?.roles).toEqual(['beheerder']);
  });

  it('refuses a malformed access token with 401 without looking further', async () => {
    for (const header of [
      'Bearer',
      'Bearer short',
      'Basic YWJjOmRlZg==',
      `Bearer ${'x'.repeat(500)}`,
    ]) {
      const response = await fetch(`${server.baseUrl}/api/auth/session`, {
        headers: { authorization: header },
      });
      expect(response.status).toBe(401);
      expect(await reasonOf(response)).toBe('unauthorized');
    }
  });
});
