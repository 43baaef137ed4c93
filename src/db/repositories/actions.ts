import { newId } from '../../shared/ids.ts';
import type { CivilDate } from '../../shared/dates/civil-date.ts';
import {
  ActionInputSchema,
  ActionSchema,
  type Action,
  type ActionInput,
} from '../../shared/records/action.ts';
import type { NoaberDatabase } from '../database.ts';
import { validated } from './record-errors.ts';
import {
  insertRecord,
  markDeleted,
  newRecordMeta,
  patchRecord,
  type WriteContext,
} from './record-writer.ts';

export async function createAction(
  db: NoaberDatabase,
  input: ActionInput,
  context: WriteContext,
): Promise<Action> {
  const fields = validated(ActionInputSchema, input);
  return insertRecord(db.actions, ActionSchema, {
    ...newRecordMeta(newId(context.now()), context),
    ...fields,
    // A placeholder until the server's copy (which sets it from the session) arrives.
    requestedById: context.userId,
  });
}

export function completeAction(
  db: NoaberDatabase,
  id: string,
  doneOn: CivilDate,
  context: WriteContext,
): Promise<Action> {
  return patchRecord(db, 'actions', ActionSchema, id, () => ({ done: true, doneOn }), context);
}

export function reopenAction(
  db: NoaberDatabase,
  id: string,
  context: WriteContext,
): Promise<Action> {
  return patchRecord(
    db,
    'actions',
    ActionSchema,
    id,
    () => ({ done: false, doneOn: null }),
    context,
  );
}

export function updateAction(
  db: NoaberDatabase,
  id: string,
  changes: Partial<ActionInput>,
  context: WriteContext,
): Promise<Action> {
  return patchRecord(db, 'actions', ActionSchema, id, () => changes as Partial<Action>, context);
}

export function deleteAction(
  db: NoaberDatabase,
  id: string,
  context: WriteContext,
): Promise<Action> {
  return markDeleted(db, 'actions', ActionSchema, id, context);
}
