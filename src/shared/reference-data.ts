import * as v from 'valibot';
import { IdSchema } from './auth-api.ts';
import type { FeedbackTerm } from './dates/feedback-deadline.ts';

/**
 * Reference lists an administrator keeps: the kernen (villages, hamlets, rural areas) and the
 * kinds of organisation. They are data, seeded for Dalfsen, never code: another municipality
 * changes them in the beheer screens.
 */
export const KERN_KINDS = ['dorp', 'buurtschap', 'buitengebied'] as const;
export type KernKind = (typeof KERN_KINDS)[number];

const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

export const KernSchema = v.strictObject({
  id: IdSchema,
  name: v.string(),
  kind: v.picklist(KERN_KINDS),
  /** The village a buurtschap belongs to, if any. */
  parentId: v.nullable(IdSchema),
  active: v.boolean(),
});
export type Kern = v.InferOutput<typeof KernSchema>;

export const CreateKernRequestSchema = v.strictObject({
  name: NameSchema,
  kind: v.picklist(KERN_KINDS),
  parentId: v.optional(v.nullable(IdSchema), null),
});
export type CreateKernRequest = v.InferInput<typeof CreateKernRequestSchema>;

export const UpdateKernRequestSchema = v.strictObject({
  name: v.optional(NameSchema),
  kind: v.optional(v.picklist(KERN_KINDS)),
  parentId: v.optional(v.nullable(IdSchema)),
  active: v.optional(v.boolean()),
});
export type UpdateKernRequest = v.InferInput<typeof UpdateKernRequestSchema>;

export const OrganisationKindSchema = v.strictObject({
  id: IdSchema,
  name: v.string(),
  active: v.boolean(),
});
export type OrganisationKind = v.InferOutput<typeof OrganisationKindSchema>;

export const CreateOrganisationKindRequestSchema = v.strictObject({ name: NameSchema });
export const UpdateOrganisationKindRequestSchema = v.strictObject({
  name: v.optional(NameSchema),
  active: v.optional(v.boolean()),
});
export type UpdateOrganisationKindRequest = v.InferInput<
  typeof UpdateOrganisationKindRequestSchema
>;

/**
 * The feedback term (terugkoppeltermijn): how long an initiative-taker may wait for an
 * answer, in calendar weeks or in working days (with the municipality's holiday rules).
 * One setting per server; the beheerder changes it, new initiatives get deadlines from it.
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
