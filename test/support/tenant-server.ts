import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { DEFAULT_AUTH_SETTINGS } from '../../src/server/auth/auth-settings.ts';
import { seedReferenceData } from '../../src/server/seed/seed-reference-data.ts';
import { createServices, type Services } from '../../src/server/services.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import type { Store } from '../../src/server/store/store.ts';
import { makeTempDir } from './temp-dir.ts';

export interface ServedTenant {
  id: string;
  host: string;
  store: Store;
  services: Services;
}

export interface TenantServer {
  app: FastifyInstance;
  tenants: ServedTenant[];
  /** A request over real HTTP with the Host header a browser at `host` sends. */
  send: (host: string, method: string, path: string, options?: SendOptions) => Promise<Answer>;
  close: () => Promise<void>;
}

export interface SendOptions {
  body?: unknown;
  token?: string;
}

export interface Answer {
  status: number;
  text: string;
  json: () => unknown;
}

/**
 * The real app serving several municipalities, each on its own store and host name, as
 * TENANTS_FILE configures it, listening on a random loopback port.
 */
export async function startTenantServer(
  hosts: Record<string, string>,
  openStore?: (tenantId: string) => Promise<Store>,
): Promise<TenantServer> {
  const dirs = [makeTempDir('no-static')];
  const open =
    openStore ??
    ((id: string) => {
      const dir = makeTempDir(`tenant-${id}`);
      dirs.push(dir);
      return Promise.resolve(openSqliteStore(dir.path));
    });
  const tenants: ServedTenant[] = [];
  for (const [id, host] of Object.entries(hosts)) {
    const store = await open(id);
    await seedReferenceData(store, 'dalfsen');
    const auth = { ...DEFAULT_AUTH_SETTINGS, publicUrl: `http://${host}` };
    tenants.push({ id, host, store, services: createServices(store, auth) });
  }
  const app = await buildApp({
    tenants: tenants.map(({ id, host, services }) => ({ id, hosts: [host], services })),
    staticDir: dirs[0]?.path ?? '',
    version: '0.0.0-test',
    logLevel: 'silent',
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const send = (host: string, method: string, path: string, options: SendOptions = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
      const outgoing = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          headers: {
            host: `${host}:${port}`,
            ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: incoming.statusCode ?? 0,
              text,
              json: (): unknown => JSON.parse(text),
            });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  return {
    app,
    tenants,
    send,
    close: async () => {
      await app.close();
      await Promise.all(tenants.map((tenant) => tenant.store.close()));
      for (const dir of dirs) dir.remove();
    },
  };
}
