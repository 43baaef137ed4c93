import type { FeedbackTerm } from '../shared/dates/feedback-deadline.ts';
import type { Kern, OrganisationKind } from '../shared/reference-data.ts';
import type { NoaberDatabase } from './database.ts';

/**
 * The beheerder's reference lists, copied onto the device so that every form works offline.
 * Refreshed whenever the device reaches the server; kept in `meta`, not synced back.
 */
const KERNEN_KEY = 'reference:kernen';
const ORGANISATION_KINDS_KEY = 'reference:organisation-kinds';
const FEEDBACK_TERM_KEY = 'reference:feedback-term';

export interface ReferenceData {
  kernen: Kern[];
  organisationKinds: OrganisationKind[];
  feedbackTerm: FeedbackTerm;
}

export async function storeReferenceData(db: NoaberDatabase, data: ReferenceData): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: KERNEN_KEY, value: data.kernen });
    await db.meta.put({ key: ORGANISATION_KINDS_KEY, value: data.organisationKinds });
    await db.meta.put({ key: FEEDBACK_TERM_KEY, value: data.feedbackTerm });
  });
}

/** Kept apart so that the beheerder's own device uses a changed term at once. */
export async function storeFeedbackTerm(db: NoaberDatabase, term: FeedbackTerm): Promise<void> {
  await db.meta.put({ key: FEEDBACK_TERM_KEY, value: term });
}

/**
 * The term new initiatives get their deadline from, as the server last sent it; undefined
 * before the first copy (the caller falls back to DEFAULT_FEEDBACK_TERM, which this module
 * does not import: it is on the first screen, the deadline code is not).
 */
export async function cachedFeedbackTerm(db: NoaberDatabase): Promise<FeedbackTerm | undefined> {
  return (await db.meta.get(FEEDBACK_TERM_KEY))?.value as FeedbackTerm | undefined;
}

export async function cachedKernen(db: NoaberDatabase): Promise<Kern[]> {
  return ((await db.meta.get(KERNEN_KEY))?.value as Kern[] | undefined) ?? [];
}

export async function cachedOrganisationKinds(db: NoaberDatabase): Promise<OrganisationKind[]> {
  return (
    ((await db.meta.get(ORGANISATION_KINDS_KEY))?.value as OrganisationKind[] | undefined) ?? []
  );
}
