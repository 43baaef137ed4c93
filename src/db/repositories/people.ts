import { newId } from '../../shared/ids.ts';
import {
  PersonInputSchema,
  PersonSchema,
  type Person,
  type PersonInput,
} from '../../shared/records/person.ts';
import type { NoaberDatabase } from '../database.ts';
import { validated } from './record-errors.ts';
import {
  insertRecord,
  markDeleted,
  newRecordMeta,
  patchRecord,
  type WriteContext,
} from './record-writer.ts';

export async function createPerson(
  db: NoaberDatabase,
  input: PersonInput,
  context: WriteContext,
): Promise<Person> {
  const fields = validated(PersonInputSchema, input);
  return insertRecord(db.people, PersonSchema, {
    ...newRecordMeta(newId(context.now()), context),
    ...fields,
  });
}

export function updatePerson(
  db: NoaberDatabase,
  id: string,
  changes: Partial<PersonInput>,
  context: WriteContext,
): Promise<Person> {
  return patchRecord(db, 'people', PersonSchema, id, () => changes as Partial<Person>, context);
}

export function deletePerson(
  db: NoaberDatabase,
  id: string,
  context: WriteContext,
): Promise<Person> {
  return markDeleted(db, 'people', PersonSchema, id, context);
}
