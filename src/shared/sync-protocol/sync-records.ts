import * as v from 'valibot';
import { RecordIdSchema, RecordMetaSchema } from '../records/fields.ts';
import { RECORD_TABLES } from './sync-tables.ts';
import { REJECTION_REASONS } from './sync-protocol.ts';

/**
 * A write that overruled another device's newer change to the same field (last write by
 * server receipt order wins). The overruled value is kept here, for its author and the
 * team lead to see, until someone chooses which value stays.
 */
export const ConflictSchema = v.strictObject({
  ...RecordMetaSchema,
  table: v.picklist(RECORD_TABLES),
  recordId: RecordIdSchema,
  field: v.string(),
  keptValue: v.unknown(),
  overruledValue: v.unknown(),
  keptById: RecordIdSchema,
  overruledById: RecordIdSchema,
  resolvedAt: v.nullable(v.number()),
  resolvedById: v.nullable(RecordIdSchema),
  /** Which value the resolver chose; choosing the overruled one is also a record edit. */
  chosen: v.nullable(v.picklist(['kept', 'overruled'])),
});
export type Conflict = v.InferOutput<typeof ConflictSchema>;

/** The one change a device makes to a conflict: resolving it. */
export const ConflictResolutionSchema = v.strictObject({
  resolvedAt: v.number(),
  resolvedById: RecordIdSchema,
  chosen: v.picklist(['kept', 'overruled']),
  updatedAt: v.optional(v.number()),
});

/**
 * A mutation the server will never apply, with what it tried to change: nothing typed is
 * lost, and its author sees why.
 */
export const RejectionSchema = v.strictObject({
  ...RecordMetaSchema,
  clientId: v.string(),
  mutationId: v.number(),
  table: v.string(),
  recordId: v.string(),
  reason: v.picklist(REJECTION_REASONS),
  detail: v.string(),
  change: v.unknown(),
  authorId: RecordIdSchema,
});
export type Rejection = v.InferOutput<typeof RejectionSchema>;
