import * as v from 'valibot';
import {
  EmailSchema,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PasswordSchema,
} from '../shared/auth-api.ts';
import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import { readAuthSettings, type AuthSettings } from './auth/auth-settings.ts';
import { SEEDS, type SeedName } from './seed/seed-reference-data.ts';
import { StartupError } from './startup-error.ts';
import { readTenants, type TenantConfig } from './tenants/tenant-config.ts';
import { DEFAULT_PUSH_RATE_LIMIT, type PushRateLimit } from './sync-service/push-rate-limit.ts';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = 'localhost';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** Off, or the addresses/ranges of the reverse proxies whose forwarded headers count. */
export type TrustProxy = false | string[];

export interface ServerConfig {
  host: string;
  /** 0 asks the operating system for a free port (tests). */
  port: number;
  /** Folder of the SQLite file; created on start. */
  dataDir: string;
  /**
   * DATABASE_URL (postgres://…): the data in PostgreSQL instead of an SQLite file in
   * dataDir; null (default): SQLite.
   */
  databaseUrl: string | null;
  /** Folder of the built app (vite's dist/). */
  staticDir: string;
  logLevel: LogLevel;
  /**
   * TRUST_PROXY: which reverse proxies (addresses or ranges, as Fastify's trustProxy takes
   * them) may tell the client's address (X-Forwarded-For) and whether it came over TLS
   * (X-Forwarded-Proto).
   * false (default): the connection itself counts, and forwarded headers are ignored, so no
   * client can pick the address the sign-in throttle counts.
   */
  trustProxy: TrustProxy;
  auth: AuthSettings;
  /** PUSH_LIMIT_PER_MINUTE: pushes per account and minute (120). */
  pushRateLimit: PushRateLimit;
  /** Reference lists a new database starts with: `dalfsen` (default) or `none`. */
  seed: SeedName;
  /** NOABER_ADMIN_EMAIL + NOABER_ADMIN_PASSWORD: create the first administrator directly. */
  firstAdministrator?: { email: string; password: string };
  /**
   * NOABER_DEMO=1 (`npm run demo`): a new database is filled with the demo data set and its
   * accounts, and the sign-in page offers those accounts. Never on a real installation.
   */
  demo: boolean;
  /**
   * TENANTS_FILE: the municipalities of a shared installation, each reached at its own host
   * names; without it one tenant that answers every host.
   */
  tenants: TenantConfig[];
  /**
   * SMTP_URL (e.g. smtps://user:pass@mail.example.nl:465) and SMTP_FROM: mail to residents
   * who sent an idea (their code, news about it). Null: no mail; the page asks to save the code.
   */
  smtp: { url: string; from: string } | null;
  /**
   * NOABER_COMPRESS_RESPONSES=0 turns off compressing API answers (default 1, on). Only the
   * bench turns it off, to measure what compression saves; files stay precompressed.
   */
  compressResponses: boolean;
}

/** Reads the server's settings from environment variables, with defaults for `npm start`. */
export function readConfig(env: NodeJS.ProcessEnv, projectRoot: string): ServerConfig {
  const port = parsePort(env['PORT']);
  const seed = parseSeed(env['NOABER_SEED']);
  const demo = parseDemo(env['NOABER_DEMO']);
  if (demo && seed === 'none') {
    throw new StartupError('NOABER_DEMO=1 needs the Dalfsen reference lists; unset NOABER_SEED.');
  }
  return {
    host: env['HOST'] || DEFAULT_HOST,
    port,
    dataDir: resolveFolder(env['DATA_DIR'], join(projectRoot, 'data')),
    databaseUrl: parseDatabaseUrl(env['DATABASE_URL']),
    staticDir: resolveFolder(env['STATIC_DIR'], join(projectRoot, 'dist')),
    logLevel: parseLogLevel(env['LOG_LEVEL']),
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    auth: readAuthSettings(env, port),
    pushRateLimit: parsePushRateLimit(env['PUSH_LIMIT_PER_MINUTE']),
    seed,
    ...parseFirstAdministrator(env),
    demo,
    tenants: parseTenants(env['TENANTS_FILE'], seed, demo),
    smtp: parseSmtp(env['SMTP_URL'], env['SMTP_FROM']),
    compressResponses: parseSwitch(
      'NOABER_COMPRESS_RESPONSES',
      env['NOABER_COMPRESS_RESPONSES'],
      true,
    ),
  };
}

function parseSmtp(url: string | undefined, from: string | undefined): ServerConfig['smtp'] {
  if (!url) return null;
  if (!/^smtps?:\/\/[^\s]+$/.test(url)) {
    throw new StartupError(
      'SMTP_URL must look like smtp://host:port or smtps://user:pass@host:465.',
    );
  }
  const sender = from || 'Noaber <noreply@localhost>';
  if (!sender.includes('@')) throw new StartupError('SMTP_FROM must be an e-mail address.');
  return { url, from: sender };
}

function parseTenants(file: string | undefined, seed: SeedName, demo: boolean): TenantConfig[] {
  const tenants = readTenants(file, seed);
  if (demo && tenants.length > 1) {
    throw new StartupError('NOABER_DEMO=1 runs one municipality; unset TENANTS_FILE.');
  }
  return tenants;
}

function parseDatabaseUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'postgres:' && url?.protocol !== 'postgresql:') {
    // Not echoed: the URL may hold a password.
    throw new StartupError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }
  return raw;
}

function parseSwitch(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1') return true;
  if (raw === '0') return false;
  throw new StartupError(`${name} must be 1 or 0, not "${raw}".`);
}

function parseDemo(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === '0') return false;
  if (raw === '1') return true;
  throw new StartupError(`NOABER_DEMO must be 1 or 0, not "${raw}".`);
}

function parseSeed(raw: string | undefined): SeedName {
  if (raw === undefined || raw === '') return 'dalfsen';
  if (raw in SEEDS) return raw as SeedName;
  throw new StartupError(`NOABER_SEED must be one of ${Object.keys(SEEDS).join(', ')}.`);
}

function parseFirstAdministrator(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'firstAdministrator'> {
  const email = env['NOABER_ADMIN_EMAIL'];
  const password = env['NOABER_ADMIN_PASSWORD'];
  if (!email && !password) return {};
  if (!email || !password) {
    throw new StartupError('set both NOABER_ADMIN_EMAIL and NOABER_ADMIN_PASSWORD, or neither.');
  }
  const parsedEmail = v.safeParse(EmailSchema, email);
  if (!parsedEmail.success) throw new StartupError('NOABER_ADMIN_EMAIL is not an e-mail address.');
  if (!v.is(PasswordSchema, password)) {
    throw new StartupError(
      `NOABER_ADMIN_PASSWORD must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
    );
  }
  return { firstAdministrator: { email: parsedEmail.output, password } };
}

function parsePushRateLimit(raw: string | undefined): PushRateLimit {
  if (raw === undefined || raw === '') return DEFAULT_PUSH_RATE_LIMIT;
  const perMinute = Number(raw);
  if (!Number.isSafeInteger(perMinute) || perMinute < 1) {
    throw new StartupError(
      `PUSH_LIMIT_PER_MINUTE must be a whole number of 1 or more, not "${raw}".`,
    );
  }
  return { maxPushes: perMinute, windowMs: 60_000 };
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 0 to 65535, not "${raw}".`);
  }
  return port;
}

/** Names proxy-addr (Fastify's trustProxy) knows for common private ranges. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function parseTrustProxy(raw: string | undefined): TrustProxy {
  const trimmed = raw?.trim() ?? '';
  if (trimmed === '' || trimmed === 'false') return false;
  const entries = trimmed.split(',').map((entry) => entry.trim());
  if (entries.every(isProxyAddress)) return entries;
  // No hop count and no "true": both would let a client that reaches the server directly
  // choose the address it is counted under (Fastify ignores a hop count for that reason).
  throw new StartupError(
    `TRUST_PROXY must be a comma-separated list of the addresses of your reverse proxies (such as 10.0.0.5, 10.0.0.0/8 or loopback), not "${raw}".`,
  );
}

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

function parseLogLevel(raw: string | undefined): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((known) => known === raw);
  if (!level) throw new StartupError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  return level;
}

function resolveFolder(raw: string | undefined, fallback: string): string {
  if (raw === undefined || raw === '') return fallback;
  return isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
}
