import * as v from 'valibot';
import type { NoaberDatabase } from '../db/database.ts';
import { storeColleagues } from '../db/colleague-cache.ts';
import { storeReferenceData } from '../db/reference-cache.ts';
import { ColleagueSchema } from '../shared/colleagues.ts';
import { FeedbackTermSchema } from '../shared/feedback-term.ts';
import { KernSchema, OrganisationKindSchema } from '../shared/reference-data.ts';
import type { AuthClient } from './auth-client.ts';

/**
 * Copies the kernen, organisation kinds, feedback term and colleagues' names onto the device
 * (on sign-in and when online); nothing is stored unless every answer is valid.
 */
export async function refreshReferenceData(auth: AuthClient, db: NoaberDatabase): Promise<void> {
  const [kernen, kinds, term, colleagues] = await Promise.all([
    auth.request('/api/kernen'),
    auth.request('/api/organisation-kinds'),
    auth.request('/api/feedback-term'),
    auth.request('/api/colleagues'),
  ]);
  const reference = {
    kernen: v.parse(v.array(KernSchema), kernen),
    organisationKinds: v.parse(v.array(OrganisationKindSchema), kinds),
    feedbackTerm: v.parse(FeedbackTermSchema, term),
  };
  const names = v.parse(v.array(ColleagueSchema), colleagues);
  await storeReferenceData(db, reference);
  await storeColleagues(db, names);
}
