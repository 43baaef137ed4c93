import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import {
  cachedFeedbackTerm,
  cachedKernen,
  storeFeedbackTerm,
  storeReferenceData,
} from '../../src/db/reference-cache.ts';
import type { FeedbackTerm } from '../../src/shared/dates/feedback-deadline.ts';
import { newId } from '../../src/shared/ids.ts';

let db: NoaberDatabase;
beforeEach(async () => {
  db = new NoaberDatabase(`test-${newId()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const TEN_WORKING_DAYS: FeedbackTerm = {
  unit: 'working-days',
  amount: 10,
  holidays: { goodFriday: false, liberationDay: 'lustrum-years' },
};

describe('the reference cache on the device', () => {
  it('has no term until the server has sent one', async () => {
    expect(await cachedFeedbackTerm(db)).toBeUndefined();
  });

  it('keeps the term the server sent, with the other lists', async () => {
    const kern = {
      id: newId(),
      name: 'Hoonhorst',
      kind: 'dorp' as const,
      parentId: null,
      active: true,
    };
    await storeReferenceData(db, {
      kernen: [kern],
      organisationKinds: [],
      feedbackTerm: TEN_WORKING_DAYS,
    });
    expect(await cachedFeedbackTerm(db)).toEqual(TEN_WORKING_DAYS);
    expect(await cachedKernen(db)).toEqual([kern]);
    await storeFeedbackTerm(db, { unit: 'weeks', amount: 2 });
    expect(await cachedFeedbackTerm(db)).toEqual({ unit: 'weeks', amount: 2 });
  });
});
