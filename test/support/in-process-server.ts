import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { TrustProxy } from '../../src/server/config.ts';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from '../../src/server/auth/auth-settings.ts';
import { seedDemo } from '../../src/server/demo/seed-demo.ts';
import { municipalToday } from '../../src/shared/dates/municipal-today.ts';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import { createServices, type Services } from '../../src/server/services.ts';
import { importRecords } from '../../src/server/sync-service/import-records.ts';
import type { PushRateLimit } from '../../src/server/sync-service/push-rate-limit.ts';
import { makeTempDir } from './temp-dir.ts';
import { openTestStore, type TestStore } from './test-store.ts';

/** A clock the test moves by hand: token expiry without waiting. */
export class TestClock {
  private offsetMs = 0;
  readonly now = (): number => Date.now() + this.offsetMs;
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface InProcessServer {
  app: FastifyInstance;
  /** SQLite, or PostgreSQL under NOABER_TEST_STORE=postgres (test-store.ts). */
  store: TestStore;
  services: Services;
  clock: TestClock;
  baseUrl: string;
  dataDir: string;
  close: () => Promise<void>;
}

/** What a test may choose of the server it starts. */
export interface InProcessServerOptions {
  staticDir: string;
  auth?: Partial<AuthSettings>;
  /** The push rate limit; the default one (120 a minute) when not given. */
  pushRateLimit?: PushRateLimit;
  /** Routes a test adds to exercise the shared request handling (parsing, errors). */
  addRoutes?: (app: FastifyInstance) => void;
  /** Demo mode, as `npm run demo`: the demo accounts and data set, and `GET /api/demo`. */
  demo?: boolean;
  /** TRUST_PROXY, as main.ts passes it. */
  trustProxy?: TrustProxy;
  /** NOABER_COMPRESS_RESPONSES: compress API answers (the default) or not. */
  compressResponses?: boolean;
  /**
   * A data folder the test owns (and removes), kept when the server closes: a restart on
   * the same SQLite file. Without it, a temp folder that `close` removes.
   */
  dataDir?: string;
}

/**
 * The real HTTP app and a real SQLite file in a temp folder (or, with
 * NOABER_TEST_STORE=postgres, a fresh PostgreSQL database) seeded with Dalfsen's lists,
 * listening on a random loopback port. For route tests; the process-level tests start
 * build/server instead.
 */
export async function startInProcessServer(
  options: InProcessServerOptions,
): Promise<InProcessServer> {
  const dataDir = options.dataDir
    ? { path: options.dataDir, remove: () => undefined }
    : makeTempDir('data');
  const store = await openTestStore(dataDir.path);
  await seedReferenceData(store, 'dalfsen');
  const clock = new TestClock();
  const services = createServices(
    store,
    { ...DEFAULT_AUTH_SETTINGS, publicUrl: 'http://noaber.test', ...options.auth },
    clock.now,
    options.pushRateLimit,
  );
  const app = await buildApp({
    tenants: [{ id: 'default', hosts: null, services }],
    staticDir: options.staticDir,
    version: '0.0.0-test',
    logLevel: 'silent',
    trustProxy: options.trustProxy ?? false,
    demo: options.demo ?? false,
    compressResponses: options.compressResponses ?? true,
  });
  if (options.demo) {
    await seedDemo(services, {
      today: municipalToday(clock.now()),
      importRecords: async (rows) => {
        await importRecords(store, rows);
      },
    });
  }
  options.addRoutes?.(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    store,
    services,
    clock,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir: dataDir.path,
    close: async () => {
      await app.close();
      await store.close();
      dataDir.remove();
    },
  };
}
