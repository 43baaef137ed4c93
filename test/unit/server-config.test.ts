import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, readConfig } from '../../src/server/config.ts';
import { StartupError } from '../../src/server/startup-error.ts';

describe('readConfig', () => {
  it('defaults to port 8080, ./data and ./dist under the project', () => {
    expect(readConfig({}, '/srv/noaber')).toEqual({
      host: 'localhost',
      port: DEFAULT_PORT,
      dataDir: '/srv/noaber/data',
      staticDir: '/srv/noaber/dist',
      logLevel: 'info',
    });
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
    expect(config).toEqual({
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

  it('refuses an unknown LOG_LEVEL', () => {
    expect(() => readConfig({ LOG_LEVEL: 'loud' }, '/srv')).toThrow(/LOG_LEVEL must be one of/);
  });
});
