import { newId } from '../../shared/ids.ts';
import {
  OrganisationInputSchema,
  OrganisationSchema,
  type Organisation,
  type OrganisationInput,
} from '../../shared/records/organisation.ts';
import type { NoaberDatabase } from '../database.ts';
import { validated } from './record-errors.ts';
import {
  insertRecord,
  markDeleted,
  newRecordMeta,
  patchRecord,
  type WriteContext,
} from './record-writer.ts';

export async function createOrganisation(
  db: NoaberDatabase,
  input: OrganisationInput,
  context: WriteContext,
): Promise<Organisation> {
  const fields = validated(OrganisationInputSchema, input);
  return insertRecord(db.organisations, OrganisationSchema, {
    ...newRecordMeta(newId(context.now()), context),
    ...fields,
  });
}

export function updateOrganisation(
  db: NoaberDatabase,
  id: string,
  changes: Partial<OrganisationInput>,
  context: WriteContext,
): Promise<Organisation> {
  return patchRecord(
    db,
    'organisations',
    OrganisationSchema,
    id,
    () => changes as Partial<Organisation>,
    context,
  );
}

export function deleteOrganisation(
  db: NoaberDatabase,
  id: string,
  context: WriteContext,
): Promise<Organisation> {
  return markDeleted(db, 'organisations', OrganisationSchema, id, context);
}
