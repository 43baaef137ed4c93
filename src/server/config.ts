import { isAbsolute, join, resolve } from 'node:path';
import { StartupError } from './startup-error.ts';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = 'localhost';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  host: string;
  /** 0 asks the operating system for a free port (tests). */
  port: number;
  /** Folder of the SQLite file; created on start. */
  dataDir: string;
  /** Folder of the built app (vite's dist/). */
  staticDir: string;
  logLevel: LogLevel;
}

/** Reads the server's settings from environment variables, with defaults for `npm start`. */
export function readConfig(env: NodeJS.ProcessEnv, projectRoot: string): ServerConfig {
  return {
    host: env['HOST'] || DEFAULT_HOST,
    port: parsePort(env['PORT']),
    dataDir: resolveFolder(env['DATA_DIR'], join(projectRoot, 'data')),
    staticDir: resolveFolder(env['STATIC_DIR'], join(projectRoot, 'dist')),
    logLevel: parseLogLevel(env['LOG_LEVEL']),
  };
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 0 to 65535, not "${raw}".`);
  }
  return port;
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
