import * as v from 'valibot';
import type { FeedbackTerm } from './dates/feedback-deadline.ts';

/**
 * The feedback term (terugkoppeltermijn): how long an initiative-taker may wait for an
 * answer, in calendar weeks or in working days (with the municipality's holiday rules).
 * One setting per server, kept apart from the other reference lists so that the first screen
 * does not carry its schema; the beheerder changes it, new initiatives get deadlines from it.
 */
export const MAX_FEEDBACK_TERM_WEEKS = 26;
export const MAX_FEEDBACK_TERM_WORKING_DAYS = 130;
export const LIBERATION_DAY_RULES = ['every-year', 'lustrum-years', 'never'] as const;

const wholeNumber = (max: number) =>
  v.pipe(
    v.number(),
    v.integer('is geen heel getal'),
    v.minValue(1, 'is minstens 1'),
    v.maxValue(max, `is hoogstens ${max}`),
  );

export const FeedbackTermSchema = v.variant('unit', [
  v.strictObject({ unit: v.literal('weeks'), amount: wholeNumber(MAX_FEEDBACK_TERM_WEEKS) }),
  v.strictObject({
    unit: v.literal('working-days'),
    amount: wholeNumber(MAX_FEEDBACK_TERM_WORKING_DAYS),
    holidays: v.strictObject({
      goodFriday: v.boolean(),
      liberationDay: v.picklist(LIBERATION_DAY_RULES),
    }),
  }),
]);

/** Checks a term from outside (a stored row, an answer); the result is what the deadline code takes. */
export const parseFeedbackTerm = (input: unknown): FeedbackTerm =>
  v.parse(FeedbackTermSchema, input) satisfies FeedbackTerm;
