import * as v from 'valibot';
import {
  CivilDateSchema,
  type FieldReason,
  optionalText,
  RecordIdSchema,
  RecordMetaSchema,
  requiredText,
} from './fields.ts';
import { INITIATIVE_STATUSES } from './initiative-status.ts';

export const INITIATIVE_TYPES = ['initiatief', 'uitdaagrecht'] as const;
export const SUPPORT_KINDS = ['advies', 'netwerk', 'ruimte-vergunning', 'noaberfonds'] as const;
export const FEEDBACK_CHANNELS = ['gesprek', 'telefoon', 'e-mail', 'brief', 'overig'] as const;

/** The Noaberfonds steps (DOMAIN.md): aanvraag → verlening → verantwoording → vaststelling, or terugvordering. */
export const NOABERFONDS_STEPS = [
  'aanvraag',
  'verlening',
  'verantwoording',
  'vaststelling',
  'terugvordering',
] as const;

/** Money in euro cents: no rounding errors in sums for the council. */
const INVALID_AMOUNT: FieldReason = 'invalid-amount';
const AmountSchema = v.nullable(
  v.pipe(
    v.number(INVALID_AMOUNT),
    v.integer(INVALID_AMOUNT),
    v.minValue(0, INVALID_AMOUNT),
    v.maxValue(100_000_000, INVALID_AMOUNT),
  ),
);

export const NoaberfondsSchema = v.strictObject({
  steps: v.array(v.strictObject({ step: v.picklist(NOABERFONDS_STEPS), date: CivilDateSchema })),
  amountAskedCents: AmountSchema,
  amountGrantedCents: AmountSchema,
});

/**
 * Every status change, dated and attributed, with the reason when one was given. The id is
 * made on the device: the server sets who and when (`by`, `at`) when the change arrives, so
 * those cannot identify it. Changes made by an app from before ids have none.
 */
export const StatusChangeSchema = v.strictObject({
  id: v.optional(RecordIdSchema),
  from: v.nullable(v.picklist(INITIATIVE_STATUSES)),
  to: v.picklist(INITIATIVE_STATUSES),
  at: v.number(),
  by: RecordIdSchema,
  reason: v.optional(v.string(), ''),
});
export type StatusChange = v.InferOutput<typeof StatusChangeSchema>;

/** What the initiator was told, when and how. The first entry meets the feedback deadline. */
export const FeedbackEntrySchema = v.strictObject({
  id: RecordIdSchema,
  date: CivilDateSchema,
  channel: v.picklist(FEEDBACK_CHANNELS),
  summary: requiredText(4000),
  by: RecordIdSchema,
});
export type FeedbackEntry = v.InferOutput<typeof FeedbackEntrySchema>;

const initiativeFields = {
  title: requiredText(200),
  description: optionalText(10_000),
  kernId: RecordIdSchema,
  type: v.picklist(INITIATIVE_TYPES),
  /** Uitdaagrecht: the municipal task the residents want to take over. */
  challengedTask: optionalText(500),
  theme: optionalText(100),
  initiatorPersonId: v.nullable(RecordIdSchema),
  assignedConnectorId: v.nullable(RecordIdSchema),
  registeredOn: CivilDateSchema,
  support: v.optional(v.array(v.picklist(SUPPORT_KINDS)), []),
  noaberfonds: v.optional(v.nullable(NoaberfondsSchema), null),
  /** Omgevingswet art. 16.55: whether and how the neighbours were involved. */
  needsPermit: v.optional(v.boolean(), false),
  neighboursNote: optionalText(4000),
};

export const InitiativeInputSchema = v.strictObject(initiativeFields);
export type InitiativeInput = v.InferInput<typeof InitiativeInputSchema>;

export const InitiativeSchema = v.strictObject({
  ...RecordMetaSchema,
  ...initiativeFields,
  status: v.picklist(INITIATIVE_STATUSES),
  statusHistory: v.pipe(v.array(StatusChangeSchema), v.minLength(1)),
  registeredById: RecordIdSchema,
  feedbackDeadline: CivilDateSchema,
  feedbackLog: v.array(FeedbackEntrySchema),
});
export type Initiative = v.InferOutput<typeof InitiativeSchema>;
