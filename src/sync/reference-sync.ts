import * as v from 'valibot';
import type { NoaberDatabase } from '../db/database.ts';
import { storeReferenceData } from '../db/reference-cache.ts';
import { FeedbackTermSchema } from '../shared/feedback-term.ts';
import { KernSchema, OrganisationKindSchema } from '../shared/reference-data.ts';
import type { AuthClient } from './auth-client.ts';

/**
 * Copies the kernen, organisation kinds and feedback term onto the device (on sign-in and
 * when online), all or nothing.
 */
export async function refreshReferenceData(auth: AuthClient, db: NoaberDatabase): Promise<void> {
  const [kernen, kinds, term] = await Promise.all([
    auth.request('/api/kernen'),
    auth.request('/api/organisation-kinds'),
    auth.request('/api/feedback-term'),
  ]);
  await storeReferenceData(db, {
    kernen: v.parse(v.array(KernSchema), kernen),
    organisationKinds: v.parse(v.array(OrganisationKindSchema), kinds),
    feedbackTerm: v.parse(FeedbackTermSchema, term),
  });
}
