import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, requireBuild } from './paths.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { makeTempDir } from './temp-dir.ts';

export interface ServedApp {
  server: ServerProcess;
  baseUrl: string;
  /** A private copy of dist/ that this server serves; a test may change it (a new release). */
  staticDir: string;
  /** The server's DATA_DIR. */
  dataDir: string;
  /**
   * Stops the server, lets `between` change its data folder (an operator restoring a backup),
   * and starts it again on the same port: the browsers' pages keep their origin and data.
   */
  restart: (between?: (dataDir: string) => void) => Promise<void>;
  stop: () => Promise<void>;
}

/** The first administrator every served app starts with. */
export const ADMIN = { email: 'beheer@dalfsen.nl', password: 'een-lang-beheerwachtwoord' };

/** The real built server process serving a private copy of the real built app. */
export async function startServedApp(extraEnv: Record<string, string> = {}): Promise<ServedApp> {
  const temp = makeTempDir('e2e');
  const staticDir = join(temp.path, 'dist');
  cpSync(requireBuild(DIST_DIR), staticDir, { recursive: true });
  const dataDir = join(temp.path, 'data');
  const options = {
    dataDir,
    staticDir,
    extraEnv: {
      NOABER_ADMIN_EMAIL: ADMIN.email,
      NOABER_ADMIN_PASSWORD: ADMIN.password,
      ...extraEnv,
    },
  };
  let server = await startServerProcess(options);
  const baseUrl = server.baseUrl;
  return {
    get server() {
      return server;
    },
    baseUrl,
    staticDir,
    dataDir,
    restart: async (between) => {
      await server.stop();
      between?.(dataDir);
      server = await startServerProcess({ ...options, port: Number(new URL(baseUrl).port) });
    },
    stop: async () => {
      await server.stop();
      temp.remove();
    },
  };
}
