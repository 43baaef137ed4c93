import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../src/shared/roles.ts';
import { createAccount } from './accounts.ts';
import {
  startInProcessServer,
  type InProcessServer,
  type InProcessServerOptions,
} from './in-process-server.ts';
import { makeTempDir } from './temp-dir.ts';

const ROLES: Role[] = ['gebiedsverbinder'];
const KERN = ['Dalfsen'];

export interface ConnectorsServer {
  server: InProcessServer;
  /** The access token of the gebiedsverbinder of Dalfsen with this e-mail address. */
  token: (email: string) => string;
  /** The id of the kern Dalfsen, where they work. */
  kernId: string;
}

/**
 * The real HTTP app on a temporary SQLite file, with gebiedsverbinders of the kern Dalfsen,
 * for the tests of one file: started before them, closed after. Read the fields in hooks and
 * tests, which run once it is up.
 */
export function serverWithConnectors(
  emails: string[],
  options: Omit<InProcessServerOptions, 'staticDir'> = {},
): ConnectorsServer {
  const staticDir = makeTempDir('static');
  const tokens = new Map<string, string>();
  const started = {
    token: (email: string) => {
      const token = tokens.get(email);
      if (!token) throw new Error(`no account ${email}`);
      return token;
    },
  } as ConnectorsServer;
  beforeAll(async () => {
    started.server = await startInProcessServer({ ...options, staticDir: staticDir.path });
    for (const email of emails) {
      tokens.set(email, (await createAccount(started.server, email, ROLES, KERN)).accessToken);
    }
    const kern = (await started.server.store.reference.listKernen()).find(
      (k) => k.name === 'Dalfsen',
    );
    if (!kern) throw new Error('no kern Dalfsen');
    started.kernId = kern.id;
  });
  afterAll(async () => {
    await started.server.close();
    staticDir.remove();
  });
  return started;
}
