import { feedbackDeadline, type FeedbackTerm } from '../../shared/dates/feedback-deadline.ts';
import { newId } from '../../shared/ids.ts';
import {
  FeedbackEntrySchema,
  InitiativeInputSchema,
  InitiativeSchema,
  type FeedbackEntry,
  type Initiative,
  type InitiativeInput,
} from '../../shared/records/initiative.ts';
import {
  checkTransition,
  statusBeforePause as pausedFrom,
  type InitiativeStatus,
} from '../../shared/records/initiative-status.ts';
import type { NoaberDatabase } from '../database.ts';
import { RecordRuleError, RecordValidationError, validated } from './record-errors.ts';
import { isInTheFuture } from '../../shared/dates/not-in-future.ts';
import {
  insertRecord,
  markDeleted,
  newRecordMeta,
  patchRecord,
  type WriteContext,
} from './record-writer.ts';

/**
 * Registers an initiative as `ingediend`, with its first status change and the feedback
 * deadline computed from the registration date and the municipality's term.
 */
export async function registerInitiative(
  db: NoaberDatabase,
  input: InitiativeInput,
  term: FeedbackTerm,
  context: WriteContext,
): Promise<Initiative> {
  const fields = validated(InitiativeInputSchema, input);
  const at = context.now();
  // The server refuses it too, by its own clock: said here in words, with the input kept.
  if (isInTheFuture(fields.registeredOn, at)) {
    throw new RecordValidationError([{ path: 'registeredOn', reason: 'in-the-future' }]);
  }
  return insertRecord(db.initiatives, InitiativeSchema, {
    ...newRecordMeta(newId(at), context),
    ...fields,
    status: 'ingediend',
    statusHistory: [
      { id: newId(at), from: null, to: 'ingediend', at, by: context.userId, reason: '' },
    ],
    registeredById: context.userId,
    feedbackDeadline: feedbackDeadline(fields.registeredOn, term),
    feedbackLog: [],
  });
}

/** The status the initiative had before it was paused, to resume there. */
export function statusBeforePause(
  initiative: Pick<Initiative, 'statusHistory'>,
): InitiativeStatus | undefined {
  return pausedFrom(initiative.statusHistory);
}

/** One step through the shared status machine, dated and attributed, with the reason. */
export function changeInitiativeStatus(
  db: NoaberDatabase,
  id: string,
  to: InitiativeStatus,
  reason: string,
  context: WriteContext,
): Promise<Initiative> {
  return patchRecord(
    db,
    'initiatives',
    InitiativeSchema,
    id,
    (current) => {
      const check = checkTransition(current.status, to, {
        reason,
        pausedFrom: statusBeforePause(current),
      });
      if (!check.ok) throw new RecordRuleError(check.reason);
      return {
        status: to,
        statusHistory: [
          ...current.statusHistory,
          {
            id: newId(context.now()),
            from: current.status,
            to,
            at: context.now(),
            by: context.userId,
            reason: reason.trim(),
          },
        ],
      };
    },
    context,
  );
}

/** What the initiator was told: the first entry meets the feedback deadline. */
export function addFeedback(
  db: NoaberDatabase,
  id: string,
  entry: Omit<FeedbackEntry, 'id' | 'by'>,
  context: WriteContext,
): Promise<Initiative> {
  const full = validated(FeedbackEntrySchema, {
    ...entry,
    id: newId(context.now()),
    by: context.userId,
  });
  return patchRecord(
    db,
    'initiatives',
    InitiativeSchema,
    id,
    (current) => ({ feedbackLog: [...current.feedbackLog, full] }),
    context,
  );
}

export function updateInitiative(
  db: NoaberDatabase,
  id: string,
  changes: Partial<Omit<InitiativeInput, 'registeredOn'>>,
  context: WriteContext,
): Promise<Initiative> {
  return patchRecord(
    db,
    'initiatives',
    InitiativeSchema,
    id,
    () => changes as Partial<Initiative>,
    context,
  );
}

export function deleteInitiative(
  db: NoaberDatabase,
  id: string,
  context: WriteContext,
): Promise<Initiative> {
  return markDeleted(db, 'initiatives', InitiativeSchema, id, context);
}
