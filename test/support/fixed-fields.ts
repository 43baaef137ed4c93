import type { RecordTable } from '../../src/shared/sync-protocol/sync-tables.ts';

/**
 * The permission table's expectation, written out apart from the code it tests: per kind of
 * record, the fields fixed when it is made (no patch changes them, for anyone).
 */
export const FIXED_FIELDS: Record<RecordTable, string[]> = {
  organisations: ['id', 'createdAt'],
  people: ['id', 'createdAt'],
  visits: ['id', 'createdAt', 'authorId'],
  initiatives: ['id', 'createdAt', 'registeredById', 'registeredOn', 'feedbackDeadline'],
  actions: ['id', 'createdAt', 'requestedById'],
};
