import * as v from 'valibot';
import { CivilDateSchema, RecordIdSchema, RecordMetaSchema, requiredText } from './fields.ts';

/** A follow-up: what, who, by when; linked to the visit and/or initiative it came from. */
const actionFields = {
  what: requiredText(500),
  assigneeId: RecordIdSchema,
  dueDate: CivilDateSchema,
  done: v.optional(v.boolean(), false),
  doneOn: v.optional(v.nullable(CivilDateSchema), null),
  visitId: v.optional(v.nullable(RecordIdSchema), null),
  initiativeId: v.optional(v.nullable(RecordIdSchema), null),
};

export const ActionInputSchema = v.strictObject(actionFields);
export type ActionInput = v.InferInput<typeof ActionInputSchema>;

export const ActionSchema = v.strictObject({
  ...RecordMetaSchema,
  ...actionFields,
  /**
   * Who set it, by the server (the session): the assignee themselves, or a teamleider whose
   * review note it is. Null on actions made before this field existed.
   */
  requestedById: v.optional(v.nullable(RecordIdSchema), null),
});
export type Action = v.InferOutput<typeof ActionSchema>;
