import { StartupError } from '../startup-error.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface AuthSettings {
  /** Short: a stolen access token is useful only briefly. */
  accessTokenTtlMs: number;
  /** Long and sliding: a connector stays signed in on their phone while they use it. */
  refreshTokenTtlMs: number;
  setupLinkTtlMs: number;
  /**
   * Base of the setup links, e.g. https://noaber.dalfsen.nl (PUBLIC_URL). Unset: links use
   * the address the beheerder's browser used, or http://localhost:PORT on the terminal.
   */
  publicUrl: string | undefined;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  accessTokenTtlMs: 15 * MINUTE,
  refreshTokenTtlMs: 60 * DAY,
  setupLinkTtlMs: 7 * DAY,
  publicUrl: undefined,
};

export function readAuthSettings(env: NodeJS.ProcessEnv): AuthSettings {
  return {
    accessTokenTtlMs: seconds(
      env,
      'ACCESS_TOKEN_TTL_SECONDS',
      DEFAULT_AUTH_SETTINGS.accessTokenTtlMs,
    ),
    refreshTokenTtlMs: days(env, 'REFRESH_TOKEN_TTL_DAYS', DEFAULT_AUTH_SETTINGS.refreshTokenTtlMs),
    setupLinkTtlMs: days(env, 'SETUP_LINK_TTL_DAYS', DEFAULT_AUTH_SETTINGS.setupLinkTtlMs),
    publicUrl: env['PUBLIC_URL'] ? env['PUBLIC_URL'].replace(/\/+$/, '') : undefined,
  };
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallbackMs: number): number {
  return positive(env, name, fallbackMs / 1000) * 1000;
}

function days(env: NodeJS.ProcessEnv, name: string, fallbackMs: number): number {
  return positive(env, name, fallbackMs / DAY) * DAY;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new StartupError(`${name} must be a positive number, not "${raw}".`);
  }
  return value;
}
