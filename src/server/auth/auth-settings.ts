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
   * How long after a refresh its browser may repeat it, when the answer was lost on the way,
   * without ending the session (session-service.ts). Short: an old token replayed later
   * ends the session.
   */
  refreshRetryGraceMs: number;
  /**
   * Base of every link the server builds (setup links), without a trailing slash, e.g.
   * https://noaber.dalfsen.nl (PUBLIC_URL; by default the address the server listens on).
   * Never taken from a request's Host header, which whoever sends the request chooses.
   */
  publicUrl: string;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  accessTokenTtlMs: 15 * MINUTE,
  refreshTokenTtlMs: 60 * DAY,
  setupLinkTtlMs: 7 * DAY,
  refreshRetryGraceMs: 30_000,
  publicUrl: 'http://localhost:8080',
};

export function readAuthSettings(env: NodeJS.ProcessEnv, port: number): AuthSettings {
  return {
    accessTokenTtlMs: seconds(
      env,
      'ACCESS_TOKEN_TTL_SECONDS',
      DEFAULT_AUTH_SETTINGS.accessTokenTtlMs,
    ),
    refreshTokenTtlMs: days(env, 'REFRESH_TOKEN_TTL_DAYS', DEFAULT_AUTH_SETTINGS.refreshTokenTtlMs),
    setupLinkTtlMs: days(env, 'SETUP_LINK_TTL_DAYS', DEFAULT_AUTH_SETTINGS.setupLinkTtlMs),
    refreshRetryGraceMs: DEFAULT_AUTH_SETTINGS.refreshRetryGraceMs,
    publicUrl: parsePublicUrl(env['PUBLIC_URL'], port, env['HOST']),
  };
}

/** PUBLIC_URL as a base to append paths to; refused unless it is a plain http(s) address. */
function parsePublicUrl(raw: string | undefined, port: number, host: string | undefined): string {
  if (raw === undefined || raw === '') {
    // The address the server listens on; "any address" is reached as localhost here.
    const shown = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    throw new StartupError(
      `PUBLIC_URL must be the http(s) address people open Noaber at, such as https://noaber.example.nl, not "${raw}".`,
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
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
