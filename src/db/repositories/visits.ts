import { newId } from '../../shared/ids.ts';
import {
  PersonInputSchema,
  PersonSchema,
  type Person,
  type PersonInput,
} from '../../shared/records/person.ts';
import {
  ActionInputSchema,
  ActionSchema,
  type Action,
  type ActionInput,
} from '../../shared/records/action.ts';
import {
  VisitInputSchema,
  VisitSchema,
  visitHoldsSomething,
  type Visit,
  type VisitInput,
} from '../../shared/records/visit.ts';
import type { NoaberDatabase } from '../database.ts';
import { RecordValidationError, validated } from './record-errors.ts';
import { isInTheFuture } from '../../shared/dates/not-in-future.ts';
import { markDeleted, newRecordMeta, patchRecord, type WriteContext } from './record-writer.ts';
import { refuseUnsendable } from '../outbox-size.ts';

/** A follow-up typed in the visit form; it is linked to the visit when saved. */
export type FollowUp = Omit<ActionInput, 'visitId'>;

/**
 * Saves a new visit, the people first met there and its follow-up actions in one
 * transaction: all of it is on the device, with its outbox entries, or none of it is.
 * Everything is validated before anything is written, so a bad follow-up refuses the whole
 * save and the form keeps its input.
 */
export async function saveNewVisit(
  db: NoaberDatabase,
  input: VisitInput,
  followUps: FollowUp[],
  context: WriteContext,
  /** People met for the first time, added from the visit form. */
  newPeople: PersonInput[] = [],
): Promise<{ visit: Visit; actions: Action[]; people: Person[] }> {
  const { notes, ...fields } = validated(VisitInputSchema, input);
  const at = context.now();
  // The server refuses these too (by its clock, the municipality's date): said here in words.
  refuseFutureDate(fields.date, at);
  const visitId = newId(at);
  const people = newPeople.map((person) =>
    validated(PersonSchema, {
      ...newRecordMeta(newId(at), context),
      ...validated(PersonInputSchema, person),
    }),
  );
  const personIds = [...fields.personIds, ...people.map((person) => person.id)];
  if (!visitHoldsSomething({ notes, personIds, organisationIds: fields.organisationIds })) {
    throw new RecordValidationError([{ path: 'notes', reason: 'visit-empty' }]);
  }
  const visit = validated(VisitSchema, {
    ...newRecordMeta(visitId, context),
    ...fields,
    personIds,
    noteRevisions: [{ id: newId(at), text: notes, createdAt: at, authorId: context.userId }],
    authorId: context.userId,
  });
  const actions = followUps.map((followUp) =>
    validated(ActionSchema, {
      ...newRecordMeta(newId(at), context),
      ...validated(ActionInputSchema, { ...followUp, visitId }),
      // A placeholder until the server's copy (which sets it from the session) arrives.
      requestedById: context.userId,
    }),
  );
  refuseUnsendable('visits', [visit]);
  refuseUnsendable('people', people);
  refuseUnsendable('actions', actions);
  // Everything is validated above; the transaction only writes. A visit alone is one add in
  // Dexie's own transaction (which the middlewares widen to the outbox and search index) —
  // the common case, kept free of an explicit transaction's extra overhead.
  if (people.length === 0 && actions.length === 0) {
    await db.visits.add(visit);
    return { visit, actions, people };
  }
  const tables = [
    db.visits,
    ...(people.length ? [db.people] : []),
    ...(actions.length ? [db.actions] : []),
  ];
  await db.transaction('rw', tables, async () => {
    if (people.length) await db.people.bulkAdd(people);
    await db.visits.add(visit);
    if (actions.length) await db.actions.bulkAdd(actions);
  });
  return { visit, actions, people };
}

/** A visit happened today or earlier, in the municipality's time zone. */
function refuseFutureDate(date: string, now: number): void {
  if (isInTheFuture(date, now)) {
    throw new RecordValidationError([{ path: 'date', reason: 'in-the-future' }]);
  }
}

/** Notes are append-only: an edit adds a revision; every earlier text stays. */
export function reviseVisitNotes(
  db: NoaberDatabase,
  id: string,
  text: string,
  context: WriteContext,
): Promise<Visit> {
  const at = context.now();
  return patchRecord(
    db,
    'visits',
    VisitSchema,
    id,
    (latest) => ({
      noteRevisions: [
        ...latest.noteRevisions,
        { id: newId(at), text, createdAt: at, authorId: context.userId },
      ],
    }),
    context,
  );
}

export function updateVisit(
  db: NoaberDatabase,
  id: string,
  changes: Partial<Omit<VisitInput, 'notes'>>,
  context: WriteContext,
): Promise<Visit> {
  if (changes.date !== undefined) refuseFutureDate(changes.date, context.now());
  return patchRecord(db, 'visits', VisitSchema, id, () => changes as Partial<Visit>, context);
}

export function deleteVisit(db: NoaberDatabase, id: string, context: WriteContext): Promise<Visit> {
  return markDeleted(db, 'visits', VisitSchema, id, context);
}
