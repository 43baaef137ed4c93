import type { PushedTable } from '../sync-protocol/sync-tables.ts';

/**
 * Attribution is the server's: who made a record or a list entry and when are set from the
 * session when it arrives, and no patch changes them, for anyone. The device's values of
 * these fields are placeholders for its own screens until the server's version arrives.
 */

/** Per table, who made a record: set from the session on create (with `createdAt`). */
export const AUTHOR_FIELD: Partial<Record<PushedTable, string>> = {
  visits: 'authorId',
  initiatives: 'registeredById',
  // Who set a follow-up: the connector themselves, or a teamleider's review note.
  actions: 'requestedById',
};

/**
 * What the resident wrote through the idea form and status page: the server writes these
 * (src/server/ideas), no device ever does, not even when it creates an initiative.
 */
export const RESIDENT_FIELDS = [
  'residentMessages',
  'residentPhotoIds',
  'residentSatisfaction',
] as const;

/**
 * Per table, the fields fixed at creation, beside `id`, `createdAt` and the author: an
 * initiative's registration date and the feedback deadline the server computes from it.
 */
const FIXED_AT_CREATION: Partial<Record<PushedTable, readonly string[]>> = {
  initiatives: ['registeredOn', 'feedbackDeadline', ...RESIDENT_FIELDS],
};

/** Is `field` of `table` set once when the record is made, so that no patch may name it? */
export function isFixedField(table: PushedTable, field: string): boolean {
  return (
    field === 'id' ||
    field === 'createdAt' ||
    AUTHOR_FIELD[table] === field ||
    (FIXED_AT_CREATION[table]?.includes(field) ?? false)
  );
}

/** The who and when of an entry in an append-only list, set by the server when it arrives. */
export interface EntryAttribution {
  /** The field naming who added the entry. */
  by: string;
  /** The field holding when it was added (ms since the epoch), if the entry has one. */
  at?: string;
}

export const ENTRY_ATTRIBUTION: Partial<
  Record<PushedTable, Readonly<Record<string, EntryAttribution>>>
> = {
  visits: { noteRevisions: { by: 'authorId', at: 'createdAt' } },
  initiatives: {
    statusHistory: { by: 'by', at: 'at' },
    // `date` is the day the initiator was told, which the connector enters (it may be earlier).
    feedbackLog: { by: 'by' },
  },
};
