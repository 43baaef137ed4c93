import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_SETTINGS } from '../../src/server/auth/auth-settings.ts';
import { DEFAULT_PORT, readConfig } from '../../src/server/config.ts';
import { StartupError } from '../../src/server/startup-error.ts';
import { DEFAULT_PUSH_RATE_LIMIT } from '../../src/server/sync-service/push-rate-limit.ts';

describe('readConfig', () => {
  it('defaults to port 8080, ./data and ./dist under the project', () => {
    expect(readConfig({}, '/srv/noaber')).toEqual({
      host: 'localhost',
      port: DEFAULT_PORT,
      dataDir: '/srv/noaber/data',
      databaseUrl: null,
      staticDir: '/srv/noaber/dist',
      logLevel: 'info',
      trustProxy: false,
      seed: 'dalfsen',
      auth: DEFAULT_AUTH_SETTINGS,
      pushRateLimit: DEFAULT_PUSH_RATE_LIMIT,
      demo: false,
      tenants: [{ id: 'default', hosts: null, publicUrl: null, seed: 'dalfsen' }],
      smtp: null,
      compressResponses: true,
    });
  });

  it('mails residents only with SMTP_URL, from SMTP_FROM, and refuses a broken URL', () => {
    expect(readConfig({ SMTP_URL: 'smtp://mail.test:25' }, '/srv').smtp).toEqual({
      url: 'smtp://mail.test:25',
      from: 'Noaber <noreply@localhost>',
    });
    expect(
      readConfig({ SMTP_URL: 'smtps://u:p@mail.test:465', SMTP_FROM: 'Gemeente <n@g.nl>' }, '/srv')
        .smtp,
    ).toEqual({ url: 'smtps://u:p@mail.test:465', from: 'Gemeente <n@g.nl>' });
    expect(() => readConfig({ SMTP_URL: 'mail.test' }, '/srv')).toThrow(StartupError);
    expect(() => readConfig({ SMTP_URL: 'smtp://m:25', SMTP_FROM: 'nobody' }, '/srv')).toThrow(
      StartupError,
    );
  });

  it('takes a PostgreSQL DATABASE_URL, and refuses any other without echoing it', () => {
    const url = 'postgres://noaber:geheim@db.example/noaber';
    expect(readConfig({ DATABASE_URL: url }, '/srv').databaseUrl).toBe(url);
    expect(readConfig({ DATABASE_URL: 'postgresql:///noaber' }, '/srv').databaseUrl).toBe(
      'postgresql:///noaber',
    );
    for (const raw of ['mysql://noaber:geheim@db/noaber', 'noaber.sqlite', 'http://x']) {
      let message = '';
      try {
        readConfig({ DATABASE_URL: raw }, '/srv');
      } catch (error) {
        expect(error).toBeInstanceOf(StartupError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/DATABASE_URL/);
      expect(message).not.toContain('geheim');
    }
  });

  it('compresses API answers unless NOABER_COMPRESS_RESPONSES=0 (the bench)', () => {
    expect(readConfig({ NOABER_COMPRESS_RESPONSES: '1' }, '/srv').compressResponses).toBe(true);
    expect(readConfig({ NOABER_COMPRESS_RESPONSES: '0' }, '/srv').compressResponses).toBe(false);
    expect(() => readConfig({ NOABER_COMPRESS_RESPONSES: 'off' }, '/srv')).toThrow(StartupError);
  });

  it('allows 120 pushes a minute per account unless PUSH_LIMIT_PER_MINUTE says otherwise', () => {
    expect(DEFAULT_PUSH_RATE_LIMIT).toEqual({ maxPushes: 120, windowMs: 60_000 });
    expect(readConfig({ PUSH_LIMIT_PER_MINUTE: '300' }, '/srv').pushRateLimit).toEqual({
      maxPushes: 300,
      windowMs: 60_000,
    });
    for (const raw of ['0', '-5', '1.5', 'many']) {
      expect(() => readConfig({ PUSH_LIMIT_PER_MINUTE: raw }, '/srv')).toThrow(StartupError);
    }
  });

  it('reads NOABER_DEMO=1 as demo mode, and refuses it without the Dalfsen lists', () => {
    expect(readConfig({ NOABER_DEMO: '1' }, '/srv').demo).toBe(true);
    expect(readConfig({ NOABER_DEMO: '0' }, '/srv').demo).toBe(false);
    expect(() => readConfig({ NOABER_DEMO: 'yes' }, '/srv')).toThrow(StartupError);
    expect(() => readConfig({ NOABER_DEMO: '1', NOABER_SEED: 'none' }, '/srv')).toThrow(
      StartupError,
    );
  });

  it('reads PORT, HOST, DATA_DIR, STATIC_DIR and LOG_LEVEL', () => {
    const config = readConfig(
      {
        PORT: '9090',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/noaber',
        STATIC_DIR: '/opt/app',
        LOG_LEVEL: 'warn',
      },
      '/srv/noaber',
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 9090,
      dataDir: '/var/lib/noaber',
      staticDir: '/opt/app',
      logLevel: 'warn',
    });
  });

  it.each(['eighty', '-1', '65536', '80.5'])('refuses PORT=%s with a StartupError', (port) => {
    expect(() => readConfig({ PORT: port }, '/srv')).toThrow(StartupError);
  });

  it('reads the session lifetimes, the public URL and the seed', () => {
    const config = readConfig(
      {
        ACCESS_TOKEN_TTL_SECONDS: '2',
        REFRESH_TOKEN_TTL_DAYS: '30',
        PUBLIC_URL: 'https://noaber.dalfsen.nl/',
        NOABER_SEED: 'none',
      },
      '/srv',
    );
    expect(config.auth).toEqual({
      accessTokenTtlMs: 2_000,
      refreshTokenTtlMs: 30 * 24 * 3_600_000,
      setupLinkTtlMs: DEFAULT_AUTH_SETTINGS.setupLinkTtlMs,
      refreshRetryGraceMs: 30_000,
      publicUrl: 'https://noaber.dalfsen.nl',
    });
    expect(config.seed).toBe('none');
    expect(() => readConfig({ ACCESS_TOKEN_TTL_SECONDS: '0' }, '/srv')).toThrow(StartupError);
    expect(() => readConfig({ NOABER_SEED: 'amsterdam' }, '/srv')).toThrow(StartupError);
  });

  it('takes the first administrator from the environment only as a complete, valid pair', () => {
    expect(
      readConfig(
        {
          NOABER_ADMIN_EMAIL: 'Beheer@Dalfsen.nl',
          NOABER_ADMIN_PASSWORD: 'lang-genoeg-wachtwoord',
        },
        '/srv',
      ).firstAdministrator,
    ).toEqual({ email: 'beheer@dalfsen.nl', password: 'lang-genoeg-wachtwoord' });
    expect(() => readConfig({ NOABER_ADMIN_EMAIL: 'beheer@dalfsen.nl' }, '/srv')).toThrow(
      /both NOABER_ADMIN_EMAIL and NOABER_ADMIN_PASSWORD/,
    );
    expect(() =>
      readConfig(
        { NOABER_ADMIN_EMAIL: 'beheer@dalfsen.nl', NOABER_ADMIN_PASSWORD: 'kort' },
        '/srv',
      ),
    ).toThrow(StartupError);
  });

  it('bases links on PUBLIC_URL, by default http://HOST:PORT, and refuses anything but an http(s) address', () => {
    expect(readConfig({ PORT: '9090' }, '/srv').auth.publicUrl).toBe('http://localhost:9090');
    // The address it listens on: links open where the beheerder works.
    const on = (HOST: string) => readConfig({ PORT: '9090', HOST }, '/srv').auth.publicUrl;
    expect(on('127.0.0.1')).toBe('http://127.0.0.1:9090');
    expect(on('0.0.0.0')).toBe('http://localhost:9090');
    expect(on('::1')).toBe('http://[::1]:9090');
    expect(readConfig({ PUBLIC_URL: 'https://gemeente.nl/noaber/' }, '/srv').auth.publicUrl).toBe(
      'https://gemeente.nl/noaber',
    );
    for (const bad of [
      'noaber.dalfsen.nl',
      'ftp://noaber.dalfsen.nl',
      'javascript:alert(1)',
      'https://noaber.dalfsen.nl/?x=1',
      'https://noaber.dalfsen.nl/#top',
      'https://beheer:geheim@noaber.dalfsen.nl',
    ]) {
      expect(() => readConfig({ PUBLIC_URL: bad }, '/srv'), bad).toThrow(/^PUBLIC_URL must be/);
    }
  });

  it('trusts forwarded headers only from the proxies TRUST_PROXY names', () => {
    expect(readConfig({ TRUST_PROXY: '' }, '/srv').trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: 'false' }, '/srv').trustProxy).toBe(false);
    expect(
      readConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,loopback' }, '/srv').trustProxy,
    ).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'loopback']);
    // A hop count or "true" would let a client that reaches the server directly pick its
    // own address; Fastify would silently ignore a hop count.
    for (const bad of ['true', '1', 'proxy.local', '10.0.0.0/33', '10.0.0.5,', 'x/8']) {
      expect(() => readConfig({ TRUST_PROXY: bad }, '/srv'), bad).toThrow(/^TRUST_PROXY must be/);
    }
  });

  it('refuses an unknown LOG_LEVEL', () => {
    expect(() => readConfig({ LOG_LEVEL: 'loud' }, '/srv')).toThrow(/LOG_LEVEL must be one of/);
  });
});
