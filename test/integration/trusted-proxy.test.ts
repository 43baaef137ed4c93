import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_SETTINGS } from '../../src/server/auth/auth-settings.ts';
import type { TrustProxy } from '../../src/server/config.ts';
import { DIST_DIR } from '../support/paths.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { createAccount, TEST_PASSWORD } from '../support/accounts.ts';

/**
 * TRUST_PROXY decides whose X-Forwarded-For/-Proto count: the client address for the audit
 * log and the sign-in throttle, and TLS for the Secure cookie. PUBLIC_URL is the only base
 * of links, whatever Host a request names.
 */
let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(trustProxy: TrustProxy, publicUrl?: string): Promise<InProcessServer> {
  server = await startInProcessServer({
    staticDir: DIST_DIR,
    trustProxy,
    ...(publicUrl ? { auth: { publicUrl } } : {}),
  });
  return server;
}

/** A sign-in as a TLS-terminating proxy on 127.0.0.1 forwards it for 203.0.113.7. */
function loginViaProxy(s: InProcessServer, password: string): Promise<Response> {
  return fetch(`${s.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-proto': 'https',
    },
    body: JSON.stringify({ email: 'gv@dalfsen.nl', password }),
  });
}

const lastSignIn = async (s: InProcessServer) =>
  (await s.store.audit.list(50)).find((entry) => entry.action === 'sign-in');

describe('behind a trusted proxy (TRUST_PROXY=127.0.0.1)', () => {
  it('counts the forwarded client address and sets the device cookie Secure', async () => {
    const s = await start(['127.0.0.1']);
    await createAccount(s, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const response = await loginViaProxy(s, TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^noaber_device=[0-9a-f-]{36};.*; Secure$/);
    expect(await lastSignIn(s)).toMatchObject({ result: 'ok', origin: '203.0.113.7' });
  });

  it('throttles per forwarded address, not per proxy: other clients behind it are not tightened', async () => {
    const s = await start(['127.0.0.1']);
    await createAccount(s, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    // 30 failures from 203.0.113.7 make that address busy…
    for (let round = 0; round < 3; round += 1) {
      const guesses = Array.from({ length: 10 }, (_, i) =>
        fetch(`${s.baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
          body: JSON.stringify({ email: `raden${round}-${i}@dalfsen.nl`, password: 'gok-gok' }),
        }),
      );
      for (const response of await Promise.all(guesses)) expect(response.status).toBe(401);
    }
    const from = (address: string, password: string) =>
      fetch(`${s.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email: 'gv@dalfsen.nl', password }),
      });
    // …so there an account gets two tries; from a colleague's address behind the same proxy,
    // the same account keeps its five.
    expect((await from('203.0.113.7', 'fout-1')).status).toBe(401);
    expect((await from('203.0.113.7', 'fout-2')).status).toBe(401);
    expect((await from('203.0.113.7', TEST_PASSWORD)).status).toBe(429);
    expect((await from('198.51.100.20', TEST_PASSWORD)).status).toBe(200);
  });
});

describe('without TRUST_PROXY (the default)', () => {
  it('ignores forwarded headers: the connection counts, and the cookie is not Secure over http', async () => {
    const s = await start(false);
    await createAccount(s, 'gv@dalfsen.nl', ['gebiedsverbinder']);
    const response = await loginViaProxy(s, TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).not.toContain('Secure');
    expect(await lastSignIn(s)).toMatchObject({ result: 'ok', origin: '127.0.0.1' });
  });
});

describe('links the server builds', () => {
  it.each([
    ['PUBLIC_URL', 'https://noaber.dalfsen.nl'],
    ['the default, http://localhost:PORT', DEFAULT_AUTH_SETTINGS.publicUrl],
  ])('start with %s even when the request names another Host', async (_, publicUrl) => {
    const s = await start(['127.0.0.1'], publicUrl);
    const admin = await createAccount(s, 'beheer@dalfsen.nl', ['beheerder']);
    const body = JSON.stringify({
      email: 'nieuw@dalfsen.nl',
      displayName: 'Nieuw',
      roles: ['teamleider'],
    });
    // fetch may not set Host; node:http sends exactly what it is given.
    const answer = await new Promise<string>((resolve, reject) => {
      const outgoing = request(
        `${s.baseUrl}/api/admin/users`,
        {
          method: 'POST',
          headers: {
            host: 'aanvaller.example',
            'x-forwarded-host': 'aanvaller.example',
            'x-forwarded-proto': 'https',
            'content-type': 'application/json',
            authorization: `Bearer ${admin.accessToken}`,
          },
        },
        (incoming) => {
          let text = '';
          incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
          incoming.on('end', () => resolve(text));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    const { setupLink } = JSON.parse(answer) as { setupLink?: string };
    expect(setupLink, answer).toBeDefined();
    expect(setupLink?.startsWith(`${publicUrl}/wachtwoord-instellen#token=`)).toBe(true);
  });
});
