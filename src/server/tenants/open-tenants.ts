import { join } from 'node:path';
import type { TenantApp } from '../app.ts';
import type { ServerConfig } from '../config.ts';
import { seedReferenceData } from '../seed/seed-reference-data.ts';
import { StartupError } from '../startup-error.ts';
import { createServices } from '../services.ts';
import { DEFAULT_POSTGRES_SCHEMA, openPostgresStore } from '../store/postgres/postgres-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import type { TenantConfig } from './tenant-config.ts';

export interface OpenTenant extends TenantApp {
  config: TenantConfig;
  store: Store;
}

/**
 * Opens every tenant's store (migrated, reference lists seeded when new) and its services.
 * A tenant's data never shares a table with another's: SQLite keeps a file per tenant
 * (DATA_DIR/tenants/<id>/), the single tenant keeps DATA_DIR/noaber.sqlite as always.
 */
export async function openTenants(config: ServerConfig): Promise<OpenTenant[]> {
  const opened: OpenTenant[] = [];
  const stores: Store[] = [];
  try {
    for (const tenant of config.tenants) {
      const store = await openTenantStore(config, tenant);
      stores.push(store);
      await seedReferenceData(store, tenant.seed);
      // The single tenant shares the settings object: main.ts sets its publicUrl once the
      // port is known.
      const auth =
        tenant.publicUrl === null ? config.auth : { ...config.auth, publicUrl: tenant.publicUrl };
      const services = createServices(
        store,
        auth,
        Date.now,
        config.pushRateLimit,
        config.smtp?.from ?? null,
      );
      opened.push({ id: tenant.id, hosts: tenant.hosts, config: tenant, store, services });
    }
  } catch (error) {
    await Promise.all(stores.map((store) => store.close()));
    throw error;
  }
  return opened;
}

/**
 * Connections each tenant's PostgreSQL store may hold when several share the server: they
 * add up per process (tenants × this), and one tenant's transactions run one at a time anyway.
 */
const CONNECTIONS_PER_TENANT = 4;

/**
 * A tenant's store, migrated; the reference lists are not seeded here. PostgreSQL: a schema
 * per tenant (`tenant_<id>`; the single tenant uses `public`) in the DATABASE_URL database.
 */
export function openTenantStore(config: ServerConfig, tenant: TenantConfig): Promise<Store> {
  if (config.databaseUrl !== null) {
    const single = tenant.hosts === null;
    return openPostgresStore(config.databaseUrl, {
      schema: single ? DEFAULT_POSTGRES_SCHEMA : `tenant_${tenant.id}`,
      ...(single ? {} : { maxConnections: CONNECTIONS_PER_TENANT }),
    });
  }
  return Promise.resolve(openSqliteStore(tenantDataDir(config, tenant)));
}

/** The folder of a tenant's SQLite file (and its backups). */
export function tenantDataDir(config: Pick<ServerConfig, 'dataDir'>, tenant: TenantConfig): string {
  return tenant.hosts === null ? config.dataDir : join(config.dataDir, 'tenants', tenant.id);
}

/** The tenant a command line names (`--tenant <id>`); needed only when there are several. */
export function chosenTenant(config: ServerConfig, id: string | undefined): TenantConfig {
  const [only, ...others] = config.tenants;
  if (id === undefined && only && others.length === 0) return only;
  const tenant = config.tenants.find((candidate) => candidate.id === id);
  if (tenant) return tenant;
  const known = config.tenants.map((candidate) => candidate.id).join(', ');
  throw new StartupError(
    id === undefined
      ? `name the municipality with --tenant (one of ${known}).`
      : `no tenant ${id} in TENANTS_FILE (known: ${known}).`,
  );
}
