import 'fake-indexeddb/auto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '../../src/server/store/backup.ts';
import { HISTORY_FILE_NAME } from '../../src/server/store/history-file.ts';
import { DATABASE_FILE_NAME } from '../../src/server/store/sqlite-store.ts';
import { NoaberDatabase } from '../../src/db/database.ts';
import type { WriteContext } from '../../src/db/repositories/record-writer.ts';
import { readSyncMeta } from '../../src/db/sync-meta.ts';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Role } from '../../src/shared/roles.ts';
import { ApiError } from '../../src/sync/api-client.ts';
import { syncOnce, type SyncOptions, type SyncTransport } from '../../src/sync/sync-engine.ts';
import { createAccount } from './accounts.ts';
import { startInProcessServer, type InProcessServer } from './in-process-server.ts';
import { makeTempDir } from './temp-dir.ts';

/** What the transport may do to one request (ARCHITECTURE.md, "Tests that must exist for sync"). */
export const FAULTS = [
  'none',
  'drop-request',
  'drop-response',
  'duplicate',
  'replay-old',
  'server-error',
  'rate-limited',
  'html-200',
] as const;
export type Fault = (typeof FAULTS)[number];

/**
 * A transport to the real server handlers (Fastify's inject: no sockets, same code path)
 * that misbehaves on request: drops a request before the server sees it, drops the answer
 * after the server committed, sends a request twice, delivers an old request late (reorder),
 * answers 5xx or 429 without the server, or answers an HTML page with 200 (a captive portal).
 */
export class FaultyTransport implements SyncTransport {
  /** The fault for the next request; tests set it, or give `pick`. */
  next: Fault = 'none';
  pick: (() => Fault) | undefined;
  requests = 0;
  private readonly sent: { path: string; body: unknown }[] = [];
  /** The browser's cookie, as a browser keeps it: set by the server, sent back each time. */
  cookie: string | undefined;

  constructor(
    private server: InProcessServer,
    private tokens: TokenResponse,
  ) {}

  /** The server was started again (on a restored file): requests go there now. */
  useServer(server: InProcessServer): void {
    this.server = server;
  }

  get currentTokens(): TokenResponse {
    return this.tokens;
  }

  /** Signed in again in this browser. */
  useTokens(tokens: TokenResponse): void {
    this.tokens = tokens;
  }

  push(request: unknown): Promise<unknown> {
    return this.send('/api/sync/push', request);
  }

  pull(request: unknown): Promise<unknown> {
    return this.send('/api/sync/pull', request);
  }

  private async send(path: string, body: unknown): Promise<unknown> {
    this.requests += 1;
    const fault = this.pick?.() ?? this.next;
    this.next = 'none';
    const old = this.sent[Math.floor(this.sent.length / 2)];
    this.sent.push({ path, body });
    switch (fault) {
      case 'drop-request':
        throw new ApiError('network', 0, 'request lost');
      case 'drop-response':
        await this.call(path, body);
        throw new ApiError('network', 0, 'answer lost');
      case 'duplicate':
        await this.call(path, body).catch(() => undefined);
        return this.call(path, body);
      case 'replay-old':
        if (old) await this.call(old.path, old.body).catch(() => undefined);
        return this.call(path, body);
      case 'server-error':
        throw new ApiError('internal', 503, 'service unavailable');
      case 'rate-limited':
        throw new ApiError('rate-limited', 429, 'slow down');
      case 'html-200':
        return '<html><body>Log in op het gastnetwerk</body></html>';
      case 'none':
        return this.call(path, body);
    }
  }

  /** One request as the app makes it, refreshing the access token once when it expired. */
  private async call(path: string, body: unknown, retried = false): Promise<unknown> {
    const response = await this.server.app.inject({
      method: 'POST',
      url: path,
      headers: {
        authorization: `Bearer ${this.tokens.accessToken}`,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      payload: body as object,
    });
    const setCookie = response.headers['set-cookie'];
    if (typeof setCookie === 'string') this.cookie = setCookie.split(';')[0];
    const answer: unknown = response.json();
    if (response.statusCode < 400) return answer;
    const reason = (answer as { error?: { reason?: string } }).error?.reason ?? 'internal';
    if (reason === 'token-expired' && !retried) {
      const refreshed = await this.server.app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        payload: { refreshToken: this.tokens.refreshToken },
      });
      if (refreshed.statusCode !== 200) throw new ApiError('session-ended', 401, 'sign in again');
      this.tokens = refreshed.json();
      return this.call(path, body, true);
    }
    throw new ApiError(reason as never, response.statusCode, reason);
  }
}

/** One simulated device: its own IndexedDB database, user and misbehaving connection. */
export interface Device {
  name: string;
  userId: string;
  db: NoaberDatabase;
  context: WriteContext;
  transport: FaultyTransport;
  /** One sync as the runner does it; a failure is what the runner would retry later. */
  sync(options?: SyncOptions): Promise<'ok' | ApiError>;
}

export interface Harness {
  server: InProcessServer;
  kernId: (name: string) => string;
  organisationKindId: string;
  /** A new account (e-mail unique per call) and a device signed in to it. */
  addDevice(name: string, roles: Role[], kernen: string[]): Promise<Device>;
  /** A second device of the same account: another database, another client id. */
  addDeviceFor(name: string, sameUserAs: Device): Promise<Device>;
  /**
   * The same browser after its site storage was wiped (cookies kept): the database is
   * deleted and a new one, with a new client id, takes its place.
   */
  wipeDatabase(device: Device, signedInAgain?: TokenResponse): Promise<Device>;
  /** The e-mail address the device's account signs in with. */
  emailOf(device: Device): string;
  /** A backup as `npm run backup` writes it, while the server runs; returns its path. */
  backup(): Promise<string>;
  /**
   * Stops the server, copies `backupFile` back as its database (the operator's restore) and
   * starts it again on that file. `keepHistoryFile: false`: the restore lands on a new disk,
   * without the history file beside the database (only the devices can tell then).
   */
  restoreBackup(backupFile: string, options: { keepHistoryFile: boolean }): Promise<void>;
  close(): Promise<void>;
}

let clock = 1_763_700_000_000;
const tick = () => (clock += 1_000);

export async function startHarness(): Promise<Harness> {
  const staticDir = makeTempDir('static');
  const dataDir = makeTempDir('data');
  let server = await startInProcessServer({ staticDir: staticDir.path, dataDir: dataDir.path });
  const devices: Device[] = [];
  const tokensOf = new Map<string, { email: string }>();

  const kernen = await server.store.reference.listKernen();
  const makeDevice = async (
    name: string,
    userId: string,
    tokens: TokenResponse,
    transport = new FaultyTransport(server, tokens),
  ) => {
    const db = new NoaberDatabase(`harness-${name}-${newId()}`);
    await db.open();
    await readSyncMeta(db);
    const device: Device = {
      name,
      userId,
      db,
      context: { userId, now: tick },
      transport,
      async sync(options) {
        try {
          await syncOnce(db, transport, options);
          return 'ok';
        } catch (error) {
          if (error instanceof ApiError) return error;
          throw error;
        }
      },
    };
    devices.push(device);
    return device;
  };

  return {
    get server() {
      return server;
    },
    kernId: (name) => {
      const kern = kernen.find((k) => k.name === name);
      if (!kern) throw new Error(`no kern ${name}`);
      return kern.id;
    },
    organisationKindId: (await server.store.reference.listOrganisationKinds())[0]?.id ?? '',
    async addDevice(name, roles, kernen) {
      const email = `${name.toLowerCase()}-${newId().slice(-8)}@dalfsen.test`;
      const tokens = await createAccount(server, email, roles, kernen);
      tokensOf.set(tokens.user.id, { email });
      return makeDevice(name, tokens.user.id, tokens);
    },
    async addDeviceFor(name, sameUserAs) {
      const user = tokensOf.get(sameUserAs.userId);
      if (!user) throw new Error('unknown user');
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: 'lange-zin-als-wachtwoord', deviceLabel: name },
      });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      return makeDevice(name, sameUserAs.userId, response.json());
    },
    async wipeDatabase(device, signedInAgain) {
      device.db.close();
      await device.db.delete();
      devices.splice(devices.indexOf(device), 1);
      if (signedInAgain) device.transport.useTokens(signedInAgain);
      const tokens = device.transport.currentTokens;
      return makeDevice(device.name, device.userId, tokens, device.transport);
    },
    emailOf(device) {
      const user = tokensOf.get(device.userId);
      if (!user) throw new Error('unknown user');
      return user.email;
    },
    backup: () => backupDatabase(dataDir.path),
    async restoreBackup(backupFile, { keepHistoryFile }) {
      await server.close();
      const database = join(dataDir.path, DATABASE_FILE_NAME);
      // A stopped server leaves no WAL behind; the restored file is the whole database.
      for (const suffix of ['-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
      copyFileSync(backupFile, database);
      if (!keepHistoryFile) rmSync(join(dataDir.path, HISTORY_FILE_NAME), { force: true });
      server = await startInProcessServer({ staticDir: staticDir.path, dataDir: dataDir.path });
      for (const device of devices) device.transport.useServer(server);
    },
    async close() {
      for (const device of devices) {
        device.db.close();
        await device.db.delete();
      }
      await server.close();
      staticDir.remove();
      dataDir.remove();
    },
  };
}
