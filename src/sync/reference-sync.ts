import * as v from 'valibot';
import type { NoaberDatabase } from '../db/database.ts';
import { storeReferenceData } from '../db/reference-cache.ts';
import { KernSchema, OrganisationKindSchema } from '../shared/reference-data.ts';
import type { AuthClient } from './auth-client.ts';

/** Copies the kernen and organisation kinds onto the device (on sign-in and when online). */
export async function refreshReferenceData(auth: AuthClient, db: NoaberDatabase): Promise<void> {
  const [kernen, kinds] = await Promise.all([
    auth.request('/api/kernen'),
    auth.request('/api/organisation-kinds'),
  ]);
  await storeReferenceData(
    db,
    v.parse(v.array(KernSchema), kernen),
    v.parse(v.array(OrganisationKindSchema), kinds),
  );
}
