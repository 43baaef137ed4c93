import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT, requireBuild, SERVER_ENTRY } from './paths.ts';

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Everything the process wrote to stdout so far (logs and messages). */
  stdout: () => string;
  /** Everything the process wrote to stderr so far. */
  stderr: () => string;
  /** Sends a signal and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export interface ServerEnv {
  dataDir: string;
  staticDir?: string;
  port?: number;
  extraEnv?: Record<string, string>;
  /** Run the process as this user (root only): file permissions do not bind root. */
  user?: { uid: number; gid: number };
}

const STARTUP_TIMEOUT_MS = 10_000;

/**
 * Starts the built server exactly as `npm start` does (node build/server/server/main.js), on
 * a random loopback port unless told otherwise, and waits for its "running" log line.
 */
export async function startServerProcess(options: ServerEnv): Promise<ServerProcess> {
  const child = spawnServer(options);
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));

  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start: ${stderr}`)),
      STARTUP_TIMEOUT_MS,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = parseLogLine(line);
      if (entry?.msg === 'Noaber is running' && typeof entry.url === 'string') {
        clearTimeout(timer);
        resolve(entry.url);
      }
    });
  });

  return {
    child,
    baseUrl,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill(signal);
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}

/** Runs the server expecting it to refuse to start; resolves with its exit code and stderr. */
export async function runServerExpectingFailure(
  options: ServerEnv,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawnServer(options);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stderr };
}

function spawnServer(options: ServerEnv): ChildProcess {
  return spawn(process.execPath, [requireBuild(SERVER_ENTRY)], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOST: '127.0.0.1',
      PORT: String(options.port ?? 0),
      DATA_DIR: options.dataDir,
      ...(options.staticDir ? { STATIC_DIR: options.staticDir } : {}),
      LOG_LEVEL: 'info',
      ...options.extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.user,
  });
}

function parseLogLine(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
