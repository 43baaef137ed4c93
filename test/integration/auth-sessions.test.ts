import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SetupInfo, TokenResponse } from '../../src/shared/auth-api.ts';
import { DIST_DIR } from '../support/paths.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { createAccount, getJson, postJson, reasonOf, TEST_PASSWORD } from '../support/accounts.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let server: InProcessServer;
beforeEach(async () => {
  server = await startInProcessServer({ staticDir: DIST_DIR });
});
afterEach(() => server.close());

const login = (email: string, password: string) =>
  postJson(server, '/api/auth/login', { email, password, deviceLabel: 'Test' });
const refresh = (refreshToken: string) => postJson(server, '/api/auth/refresh', { refreshToken });
const me = (accessToken: string) => getJson(server, '/api/auth/session', accessToken);

/** A browser: its noaber_device cookie goes with every request, as a same-origin fetch does. */
function browser(deviceId: string = randomUUID()) {
  const send = (path: string, body: unknown) =>
    fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `noaber_device=${deviceId}` },
      body: JSON.stringify(body),
    });
  return {
    deviceId,
    login: async (email: string) =>
      (await (
        await send('/api/auth/login', { email, password: TEST_PASSWORD, deviceLabel: 'Telefoon' })
      ).json()) as TokenResponse,
    refresh: (refreshToken: string) => send('/api/auth/refresh', { refreshToken }),
  };
}

const auditOf = async (action: string) =>
  (await server.store.audit.list(200)).filter((entry) => entry.action === action);

describe('first administrator', () => {
  it('is created through the one-time link, which then stops working', async () => {
    const { link } = await server.services.accounts.firstAdministratorLink();
    expect(link).toMatch(/^http:\/\/noaber\.test\/wachtwoord-instellen#token=[\w-]{40,}$/);
    const token = new URL(link).hash.slice('#token='.length);

    const info = await postJson(server, '/api/auth/setup-info', { token });
    expect((await info.json()) as SetupInfo).toEqual({ firstAdministrator: true });

    const setup = await postJson(server, '/api/auth/setup', {
      token,
      password: TEST_PASSWORD,
      email: 'Beheer@Dalfsen.nl',
      displayName: 'Anne Beheer',
    });
    expect(setup.status).toBe(200);
    const tokens = (await setup.json()) as TokenResponse;
    expect(tokens.user).toMatchObject({ email: 'beheer@dalfsen.nl', roles: ['beheerder'] });

    const again = await postJson(server, '/api/auth/setup', {
      token,
      password: TEST_PASSWORD,
      email: 'x@dalfsen.nl',
      displayName: 'X',
    });
    expect(again.status).toBe(400);
    expect(await reasonOf(again)).toBe('invalid-setup-link');
    expect(await server.store.users.count()).toBe(1);
  });

  it('refuses a too short password and changes nothing', async () => {
    const { link } = await server.services.accounts.firstAdministratorLink();
    const token = new URL(link).hash.slice('#token='.length);
    const response = await postJson(server, '/api/auth/setup', {
      token,
      password: 'kort',
      email: 'beheer@dalfsen.nl',
      displayName: 'Anne',
    });
    expect(response.status).toBe(400);
    expect(await reasonOf(response)).toBe('invalid-body');
    expect(await server.store.users.count()).toBe(0);
  });
});

describe('sign-in', () => {
  it('gives one generic answer for an unknown user and a wrong password, in about the same time', async () => {
    await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const timed = async (email: string) => {
      const started = performance.now();
      const response = await login(email, 'niet-het-goede-wachtwoord');
      const body: unknown = await response.json();
      return { ms: performance.now() - started, status: response.status, body };
    };
    // Alternate so that warm-up and load affect both alike.
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const a = await timed(`onbekend${i}@dalfsen.nl`);
      const b = await timed('gv@dalfsen.nl');
      expect(a.status).toBe(401);
      expect(b.status).toBe(401);
      expect(a.body).toEqual(b.body);
      unknown.push(a.ms);
      wrong.push(b.ms);
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[1]!;
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('locks an account after five failures, also for the right password, until the window passes', async () => {
    await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    for (let i = 0; i < 5; i += 1)
      expect((await login('gv@dalfsen.nl', 'fout-fout-fout')).status).toBe(401);
    const locked = await login('gv@dalfsen.nl', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(await reasonOf(locked)).toBe('rate-limited');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);

    server.clock.advance(16 * MINUTE);
    expect((await login('gv@dalfsen.nl', TEST_PASSWORD)).status).toBe(200);
  });

  it('locks unknown addresses the same way, so a lockout reveals no account', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login('niemand@dalfsen.nl', 'x')).status).toBe(401);
    expect((await login('niemand@dalfsen.nl', 'x')).status).toBe(429);
  });

  it('starts the count from zero after a successful sign-in', async () => {
    await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 4; i += 1)
        expect((await login('gv@dalfsen.nl', 'fout-fout-fout')).status).toBe(401);
      expect((await login('gv@dalfsen.nl', TEST_PASSWORD)).status).toBe(200);
    }
  });

  it('checks at most five passwords of a burst of 25 parallel attempts, and then not the right one', async () => {
    await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    let firstRefusal: () => void = () => undefined;
    const refused = new Promise<void>((resolve) => (firstRefusal = resolve));
    const wrong = Array.from({ length: 24 }, async (_, i) => {
      const response = await login('gv@dalfsen.nl', `fout-wachtwoord-${i}`);
      if (response.status === 429) firstRefusal();
      return response.status;
    });
    // The right password comes once the limit is reached, while the burst is still going.
    await Promise.race([refused, Promise.all(wrong)]);
    const rightOne = login('gv@dalfsen.nl', TEST_PASSWORD);
    const statuses = [...(await Promise.all(wrong)), (await rightOne).status];

    // A 401 or 200 means a password was checked; a 429 was refused before the check.
    expect(statuses.filter((status) => status !== 429)).toHaveLength(5);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect((await rightOne).status).toBe(429);
  });

  it('keeps the count over a restart: the database holds it', async () => {
    await server.close();
    const dataDir = makeTempDir('restart');
    try {
      server = await startInProcessServer({ staticDir: DIST_DIR, dataDir: dataDir.path });
      await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
      for (let i = 0; i < 5; i += 1)
        expect((await login('gv@dalfsen.nl', 'fout-fout-fout')).status).toBe(401);
      await server.close();

      server = await startInProcessServer({ staticDir: DIST_DIR, dataDir: dataDir.path });
      expect((await login('gv@dalfsen.nl', TEST_PASSWORD)).status).toBe(429);
      await server.close();
    } finally {
      dataDir.remove();
      // afterEach closes whatever `server` is.
      server = await startInProcessServer({ staticDir: DIST_DIR });
    }
  });

  it('does not lock out a known account that did nothing wrong when its address is busy', async () => {
    // Everyone at the town hall shares 127.0.0.1 here; someone there tries many addresses.
    await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    await createAccount(server, 'tl@dalfsen.nl', ['teamleider']);
    // Thirty failures make the address busy.
    for (let round = 0; round < 3; round += 1) {
      const guesses = Array.from({ length: 10 }, (_, i) =>
        login(`raden${round}-${i}@dalfsen.nl`, 'gok-gok-gok'),
      );
      for (const response of await Promise.all(guesses)) expect(response.status).toBe(401);
    }
    expect((await login('gv@dalfsen.nl', TEST_PASSWORD)).status).toBe(200);
    // One typo is forgiven too; behind a busy address a second one waits out the window.
    expect((await login('tl@dalfsen.nl', 'tikfout')).status).toBe(401);
    expect((await login('tl@dalfsen.nl', TEST_PASSWORD)).status).toBe(200);
  });
});

describe('sessions', () => {
  it('refreshes an expired access token and rotates the refresh token', async () => {
    const first = await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder'], ['Hoonhorst']);
    expect((await me(first.accessToken)).status).toBe(200);

    server.clock.advance(16 * MINUTE);
    const expired = await me(first.accessToken);
    expect(expired.status).toBe(401);
    expect(await reasonOf(expired)).toBe('token-expired');

    const rotated = await refresh(first.refreshToken);
    expect(rotated.status).toBe(200);
    const second = (await rotated.json()) as TokenResponse;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.sessionId).toBe(first.sessionId);
    expect((await me(second.accessToken)).status).toBe(200);
  });

  it('ends the session when an exchanged refresh token is used again after its successor', async () => {
    const first = await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const second = (await (await refresh(first.refreshToken)).json()) as TokenResponse;
    const third = (await (await refresh(second.refreshToken)).json()) as TokenResponse;

    const reuse = await refresh(first.refreshToken);
    expect(reuse.status).toBe(401);
    expect(await reasonOf(reuse)).toBe('session-ended');
    // The whole family is gone, including the newest pair.
    expect(await reasonOf(await refresh(third.refreshToken))).toBe('session-ended');
    expect(await reasonOf(await me(third.accessToken))).toBe('session-ended');
    const actions = (await server.store.audit.list(50)).map((entry) => entry.action);
    expect(actions).toContain('session.reuse-detected');
  });

  it('accepts a retried refresh whose answer was lost, from the same browser, and withdraws the lost pair', async () => {
    await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const phone = browser();
    const first = await phone.login('gv@dalfsen.nl');
    const lost = (await (await phone.refresh(first.refreshToken)).json()) as TokenResponse;
    server.clock.advance(20_000);
    const retried = await phone.refresh(first.refreshToken);
    expect(retried.status).toBe(200);
    const current = (await retried.json()) as TokenResponse;

    expect((await me(current.accessToken)).status).toBe(200);
    expect((await me(lost.accessToken)).status).toBe(401);
    expect((await phone.refresh(lost.refreshToken)).status).toBe(401);
    // The session survived: the current pair still refreshes.
    expect((await phone.refresh(current.refreshToken)).status).toBe(200);
    expect(await auditOf('session.lost-answer-retried')).toMatchObject([
      { result: 'ok', objectId: first.sessionId, origin: '127.0.0.1' },
    ]);
    expect(await auditOf('session.withdrawn-token-used')).toMatchObject([
      { result: 'refused', objectId: first.sessionId },
    ]);
  });

  it.each([
    ['without the device cookie', null],
    ['from another browser', randomUUID()],
  ])('ends the session when an old refresh token is replayed %s', async (_, otherDevice) => {
    await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const phone = browser();
    const first = await phone.login('gv@dalfsen.nl');
    const second = (await (await phone.refresh(first.refreshToken)).json()) as TokenResponse;

    const replay = otherDevice
      ? await browser(otherDevice).refresh(first.refreshToken)
      : await refresh(first.refreshToken);
    expect(replay.status).toBe(401);
    expect(await reasonOf(replay)).toBe('session-ended');
    // The attacker got nothing, and the stolen family is closed for the phone too.
    expect(await reasonOf(await phone.refresh(second.refreshToken))).toBe('session-ended');
    expect(await auditOf('session.reuse-detected')).toMatchObject([
      { result: 'refused', objectId: first.sessionId, origin: '127.0.0.1' },
    ]);
  });

  it('ends the session when the same browser repeats a refresh after the grace window', async () => {
    await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const phone = browser();
    const first = await phone.login('gv@dalfsen.nl');
    await phone.refresh(first.refreshToken);
    server.clock.advance(31_000);
    const late = await phone.refresh(first.refreshToken);
    expect(late.status).toBe(401);
    expect(await reasonOf(late)).toBe('session-ended');
    expect(await auditOf('session.reuse-detected')).toHaveLength(1);
  });

  it('sets the device cookie on sign-in, binding the first pair to that browser', async () => {
    await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const response = await login('gv@dalfsen.nl', TEST_PASSWORD);
    const cookie = /noaber_device=([0-9a-f-]{36})/.exec(String(response.headers.get('set-cookie')));
    expect(cookie).not.toBeNull();
    const phone = browser(cookie?.[1]);
    const first = (await response.json()) as TokenResponse;
    await phone.refresh(first.refreshToken);
    expect((await phone.refresh(first.refreshToken)).status).toBe(200);
  });

  it('ends after the refresh lifetime (60 days) without use', async () => {
    const first = await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    server.clock.advance(61 * DAY);
    expect(await reasonOf(await refresh(first.refreshToken))).toBe('session-ended');
  });

  it('signs out: the tokens of that device stop working', async () => {
    const tokens = await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    expect((await postJson(server, '/api/auth/logout', {}, tokens.accessToken)).status).toBe(204);
    expect(await reasonOf(await me(tokens.accessToken))).toBe('session-ended');
    expect(await reasonOf(await refresh(tokens.refreshToken))).toBe('session-ended');
  });
});

describe('revocation by a beheerder', () => {
  it('revokes one device: it is told "session-revoked", so it wipes its data', async () => {
    const admin = await createAccount(server, 'beheer@dalfsen.nl', ['beheerder']);
    const phone = await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const laptop = (await (await login('gv@dalfsen.nl', TEST_PASSWORD)).json()) as TokenResponse;

    const sessions = (await (
      await getJson(server, `/api/admin/users/${phone.user.id}/sessions`, admin.accessToken)
    ).json()) as { id: string }[];
    expect(sessions.map((s) => s.id).sort()).toEqual([phone.sessionId, laptop.sessionId].sort());

    const revoke = await postJson(
      server,
      `/api/admin/sessions/${phone.sessionId}/revoke`,
      {},
      admin.accessToken,
    );
    expect(revoke.status).toBe(204);
    expect(await reasonOf(await me(phone.accessToken))).toBe('session-revoked');
    expect(await reasonOf(await refresh(phone.refreshToken))).toBe('session-revoked');
    expect((await me(laptop.accessToken)).status).toBe(200);
  });

  it('revokes every device of a user at once (lost phone)', async () => {
    const admin = await createAccount(server, 'beheer@dalfsen.nl', ['beheerder']);
    const phone = await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const laptop = (await (await login('gv@dalfsen.nl', TEST_PASSWORD)).json()) as TokenResponse;
    const response = await postJson(
      server,
      `/api/admin/users/${phone.user.id}/revoke-sessions`,
      {},
      admin.accessToken,
    );
    expect(await response.json()).toEqual({ revoked: 2 });
    expect(await reasonOf(await refresh(phone.refreshToken))).toBe('session-revoked');
    expect(await reasonOf(await refresh(laptop.refreshToken))).toBe('session-revoked');
  });

  it('deactivates an account: its sessions end and it cannot sign in', async () => {
    const admin = await createAccount(server, 'beheer@dalfsen.nl', ['beheerder']);
    const gv = await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const patch = await fetch(`${server.baseUrl}/api/admin/users/${gv.user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
      body: JSON.stringify({ active: false }),
    });
    expect(patch.status).toBe(200);
    expect(await reasonOf(await me(gv.accessToken))).toBe('session-revoked');
    expect(await reasonOf(await login('gv@dalfsen.nl', TEST_PASSWORD))).toBe('invalid-credentials');
  });
});

describe('the audit log', () => {
  it('records sign-ins, account changes and revocations, and never a secret', async () => {
    const admin = await createAccount(server, 'beheer@dalfsen.nl', ['beheerder']);
    const gv = await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    await login('gv@dalfsen.nl', 'fout-wachtwoord');
    await login('gv@dalfsen.nl', TEST_PASSWORD);
    await postJson(server, `/api/admin/sessions/${gv.sessionId}/revoke`, {}, admin.accessToken);

    const response = await getJson(server, '/api/admin/audit', admin.accessToken);
    const entries = (await response.json()) as {
      action: string;
      result: string;
      actorId: string | null;
      origin: string;
    }[];
    const seen = entries.map((e) => `${e.action}:${e.result}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'sign-in:ok',
        'sign-in:refused',
        'user.invite:ok',
        'user.setup-password:ok',
        'session.revoke:ok',
      ]),
    );
    const revoke = entries.find((e) => e.action === 'session.revoke');
    expect(revoke).toMatchObject({ actorId: admin.user.id, origin: '127.0.0.1' });
    const text = JSON.stringify(entries);
    for (const secret of [TEST_PASSWORD, 'fout-wachtwoord', gv.accessToken, gv.refreshToken]) {
      expect(text).not.toContain(secret);
    }
  });
});
