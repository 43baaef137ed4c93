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
  /** Shown on the resident's status page (/idee/<code>) when the connector chose so. */
  visibleToResident: v.optional(v.boolean()),
});
export type FeedbackEntry = v.InferOutput<typeof FeedbackEntrySchema>;

/**
 * A message the resident sent from their status page (issue 16). Made by the server, never by
 * a device: kept apart from the feedback log, whose first entry meets the feedback deadline.
 */
export const ResidentMessageSchema = v.strictObject({
  id: RecordIdSchema,
  at: v.number(),
  text: requiredText(1000),
  /** 'withdrawn': the resident withdrew the idea with this message as the reason. */
  kind: v.optional(v.picklist(['message', 'withdrawn']), 'message'),
});
export type ResidentMessage = v.InferOutput<typeof ResidentMessageSchema>;

/** The resident's answer to "how satisfied are you?" once the initiative is finished. */
export const ResidentSatisfactionSchema = v.strictObject({
  score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  comment: v.optional(v.string(), ''),
  answeredOn: CivilDateSchema,
});

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
  /**
   * Written only by the server, from the resident's idea form and status page (issue 16):
   * their messages, their photos (fetched through an authenticated route), their satisfaction.
   * Optional: records from before issue 16, and the ones devices make, have none.
   */
  residentMessages: v.optional(v.array(ResidentMessageSchema)),
  residentPhotoIds: v.optional(v.array(RecordIdSchema)),
  residentSatisfaction: v.optional(v.nullable(ResidentSatisfactionSchema)),
});
export type Initiative = v.InferOutput<typeof InitiativeSchema>;
