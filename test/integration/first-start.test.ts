import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { PROJECT_ROOT, requireBuild } from '../support/paths.ts';
import { startServerProcess } from '../support/server-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const ADMIN_EMAIL = 'beheer@dalfsen.nl';
const ADMIN_PASSWORD = 'een-lang-beheerwachtwoord';
const CLI = `${PROJECT_ROOT}build/server/server/cli/user.js`;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
function dataDir(): string {
  const dir = makeTempDir('first-start');
  cleanups.push(dir.remove);
  return dir.path;
}

function waitFor(read: () => string, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const match = pattern.exec(read());
      if (match) resolve(match);
      else if (Date.now() - started > 5_000) reject(new Error(`no ${pattern} in: ${read()}`));
      else setTimeout(poll, 50);
    };
    poll();
  });
}

describe('first start', () => {
  it('prints a one-time setup link for the first administrator when there are no accounts', async () => {
    const server = await startServerProcess({ dataDir: dataDir() });
    cleanups.push(() => server.stop());
    const [, token] = await waitFor(server.stdout, /\/wachtwoord-instellen#token=([\w-]+)/);
    const response = await fetch(`${server.baseUrl}/api/auth/setup-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(await response.json()).toEqual({ firstAdministrator: true });
  });

  it('creates the administrator from NOABER_ADMIN_EMAIL/PASSWORD, and logs no secret or e-mail', async () => {
    const server = await startServerProcess({
      dataDir: dataDir(),
      extraEnv: {
        NOABER_ADMIN_EMAIL: ADMIN_EMAIL,
        NOABER_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOG_LEVEL: 'trace',
      },
    });
    cleanups.push(() => server.stop());
    await waitFor(server.stdout, /first administrator was created/);
    expect(server.stdout()).not.toContain('wachtwoord-instellen');

    const login = await fetch(`${server.baseUrl}/api/auth/login?probe=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const tokens = (await login.json()) as TokenResponse;
    const session = await fetch(`${server.baseUrl}/api/auth/session`, {
      headers: { authorization: `Bearer ${tokens.accessToken}` },
    });
    expect(session.status).toBe(200);

    const output = server.stdout() + server.stderr();
    expect(output).toContain('/api/auth/login'); // the requests were logged…
    for (const secret of [
      ADMIN_PASSWORD,
      ADMIN_EMAIL,
      tokens.accessToken,
      tokens.refreshToken,
      'probe=1',
    ]) {
      expect(output, secret).not.toContain(secret); // …without anything personal or secret.
    }
  });
});

describe('npm run user -- add', () => {
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [requireBuild(CLI), ...args], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        DATA_DIR: dir,
        PUBLIC_URL: 'https://noaber.dalfsen.nl',
      },
      encoding: 'utf8',
    });

  it('invites an account with roles and kernen and prints its setup link', async () => {
    const dir = dataDir();
    const result = run(
      dir,
      'add',
      'Gv@Dalfsen.nl',
      'gebiedsverbinder',
      '--name',
      'Gerrit',
      '--kern',
      'Hoonhorst',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [, token] =
      /https:\/\/noaber\.dalfsen\.nl\/wachtwoord-instellen#token=([\w-]+)/.exec(result.stdout) ??
      [];
    expect(token).toBeDefined();

    const server = await startServerProcess({ dataDir: dir });
    cleanups.push(() => server.stop());
    const info = await fetch(`${server.baseUrl}/api/auth/setup-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(await info.json()).toEqual({
      firstAdministrator: false,
      email: 'gv@dalfsen.nl',
      displayName: 'Gerrit',
    });
  });

  it('refuses an unknown role or kern with a clear line, and adds nobody', () => {
    const dir = dataDir();
    const badRole = run(dir, 'add', 'x@dalfsen.nl', 'burgemeester');
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/^noaber: unknown role: burgemeester/);
    const badKern = run(dir, 'add', 'x@dalfsen.nl', 'teamleider', '--kern', 'Atlantis');
    expect(badKern.status).toBe(2);
    expect(badKern.stderr).toMatch(/^noaber: unknown kern: Atlantis/);
    const again = run(dir, 'add', 'x@dalfsen.nl', 'teamleider');
    expect(again.status).toBe(0);
    const duplicate = run(dir, 'add', 'x@dalfsen.nl', 'teamleider');
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toMatch(/exists/);
  });
});
