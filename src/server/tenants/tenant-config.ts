import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { SEEDS, type SeedName } from '../seed/seed-reference-data.ts';
import { StartupError } from '../startup-error.ts';

/**
 * One municipality on a shared installation: its own kernen, accounts, reference lists and
 * records, kept apart in the database (a schema of its own in PostgreSQL, a file of its own
 * with SQLite) and chosen by the host name a request is sent to.
 */
export interface TenantConfig {
  /** Names its schema or folder: lower-case letters, digits and _, starting with a letter. */
  id: string;
  /** The host names (without port) its app is reached at; null: every host (one tenant). */
  hosts: string[] | null;
  /** Base of the links its server builds (setup links); by default https://<first host>. */
  publicUrl: string | null;
  /** The reference lists its new database starts with. */
  seed: SeedName;
}

/** The tenant of an installation without TENANTS_FILE: every host, the server's own seed. */
export const SINGLE_TENANT_ID = 'default';

const TENANT_ID = /^[a-z][a-z0-9_]{0,39}$/;
/** A DNS host name: labels of letters, digits and hyphens (compared in lower case). */
const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

const TenantsFileSchema = v.strictObject({
  tenants: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(
          v.string(),
          v.regex(TENANT_ID, 'id: lower-case letters, digits and _, starting with a letter'),
        ),
        hosts: v.pipe(
          v.array(
            v.pipe(
              v.string(),
              v.toLowerCase(),
              v.regex(HOST_NAME, 'hosts: host names without scheme or port'),
            ),
          ),
          v.minLength(1, 'hosts: at least one host name'),
        ),
        publicUrl: v.optional(v.pipe(v.string(), v.url('publicUrl: an http(s) address'))),
        seed: v.optional(v.picklist(Object.keys(SEEDS) as SeedName[])),
      }),
    ),
    v.minLength(1, 'tenants: at least one'),
  ),
});

/**
 * TENANTS_FILE: the municipalities of a shared installation, as JSON:
 * `{ "tenants": [{ "id": "dalfsen", "hosts": ["noaber.dalfsen.nl"] }, …] }`. Ids and host
 * names must each be used once. Without the file: one tenant that answers every host.
 */
export function readTenants(file: string | undefined, seed: SeedName): TenantConfig[] {
  if (file === undefined || file === '') {
    return [{ id: SINGLE_TENANT_ID, hosts: null, publicUrl: null, seed }];
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StartupError(`cannot read TENANTS_FILE ${file} (${String(error)}).`);
  }
  const parsed = v.safeParse(TenantsFileSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue) ?? '';
    throw new StartupError(`TENANTS_FILE ${file}: ${where ? `${where}: ` : ''}${issue.message}.`);
  }
  const tenants = parsed.output.tenants;
  const twice = <T>(values: T[]) => values.find((value, index) => values.indexOf(value) !== index);
  const sameId = twice(tenants.map((tenant) => tenant.id));
  if (sameId !== undefined) throw new StartupError(`TENANTS_FILE: tenant ${sameId} twice.`);
  const sameHost = twice(tenants.flatMap((tenant) => tenant.hosts));
  if (sameHost !== undefined) throw new StartupError(`TENANTS_FILE: host ${sameHost} twice.`);
  return tenants.map((tenant) => ({
    id: tenant.id,
    hosts: tenant.hosts,
    publicUrl: (tenant.publicUrl ?? `https://${tenant.hosts[0] ?? ''}`).replace(/\/+$/, ''),
    seed: tenant.seed ?? seed,
  }));
}
