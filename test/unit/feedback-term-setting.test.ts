import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import {
  DEFAULT_FEEDBACK_TERM,
  feedbackDeadline,
  type FeedbackTerm,
} from '../../src/shared/dates/feedback-deadline.ts';
import { FeedbackTermSchema } from '../../src/shared/feedback-term.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const WORKING_DAYS: FeedbackTerm = {
  unit: 'working-days',
  amount: 15,
  holidays: { goodFriday: false, liberationDay: 'lustrum-years' },
};

describe('FeedbackTermSchema', () => {
  it('accepts the default and a working-day term, which the deadline code takes', () => {
    for (const term of [DEFAULT_FEEDBACK_TERM, WORKING_DAYS]) {
      const parsed = v.parse(FeedbackTermSchema, term);
      expect(parsed).toEqual(term);
      expect(feedbackDeadline('2025-11-21', parsed)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each([
    { unit: 'weeks', amount: 0 },
    { unit: 'weeks', amount: 1.5 },
    { unit: 'weeks', amount: 27 },
    { unit: 'working-days', amount: 131, holidays: WORKING_DAYS.holidays },
    { unit: 'working-days', amount: 10, holidays: { goodFriday: 'ja', liberationDay: 'never' } },
    { unit: 'days', amount: 10 },
  ])('refuses %j', (term) => {
    expect(v.is(FeedbackTermSchema, term)).toBe(false);
  });
});

describe('the stored feedback term', () => {
  it('is four weeks in a new database, and keeps what is set', async () => {
    const dir = makeTempDir('term');
    dirs.push(dir);
    const store = openSqliteStore(dir.path);
    expect(await store.reference.feedbackTerm()).toEqual(DEFAULT_FEEDBACK_TERM);
    await store.reference.setFeedbackTerm(WORKING_DAYS);
    await store.close();
    const again = openSqliteStore(dir.path);
    expect(await again.reference.feedbackTerm()).toEqual(WORKING_DAYS);
    await expect(again.reference.setFeedbackTerm({ unit: 'weeks', amount: -1 })).rejects.toThrow();
    await again.close();
  });
});
