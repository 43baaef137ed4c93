import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { openSqliteStore, type SqliteStore } from '../../src/server/store/sqlite-store.ts';
import { makeTempDir } from './temp-dir.ts';

export interface InProcessServer {
  app: FastifyInstance;
  store: SqliteStore;
  baseUrl: string;
  dataDir: string;
  close: () => Promise<void>;
}

/**
 * The real HTTP app and a real SQLite file in a temp folder, listening on a random loopback
 * port. For route tests; the process-level tests start build/server instead.
 */
export async function startInProcessServer(options: {
  staticDir: string;
  /** Routes a test adds to exercise the shared request handling (parsing, errors). */
  addRoutes?: (app: FastifyInstance) => void;
}): Promise<InProcessServer> {
  const dataDir = makeTempDir('data');
  const store = openSqliteStore(dataDir.path);
  const app = await buildApp({
    store,
    staticDir: options.staticDir,
    version: '0.0.0-test',
    logLevel: 'silent',
  });
  options.addRoutes?.(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    store,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir: dataDir.path,
    close: async () => {
      await app.close();
      store.close();
      dataDir.remove();
    },
  };
}
