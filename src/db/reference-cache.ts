import type { Kern, OrganisationKind } from '../shared/reference-data.ts';
import type { NoaberDatabase } from './database.ts';

/**
 * The beheerder's reference lists, copied onto the device so that every form works offline.
 * Refreshed whenever the device reaches the server; kept in `meta`, not synced back.
 */
const KERNEN_KEY = 'reference:kernen';
const ORGANISATION_KINDS_KEY = 'reference:organisation-kinds';

export async function storeReferenceData(
  db: NoaberDatabase,
  kernen: Kern[],
  organisationKinds: OrganisationKind[],
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: KERNEN_KEY, value: kernen });
    await db.meta.put({ key: ORGANISATION_KINDS_KEY, value: organisationKinds });
  });
}

export async function cachedKernen(db: NoaberDatabase): Promise<Kern[]> {
  return ((await db.meta.get(KERNEN_KEY))?.value as Kern[] | undefined) ?? [];
}

export async function cachedOrganisationKinds(db: NoaberDatabase): Promise<OrganisationKind[]> {
  return (
    ((await db.meta.get(ORGANISATION_KINDS_KEY))?.value as OrganisationKind[] | undefined) ?? []
  );
}
