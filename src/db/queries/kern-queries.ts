import type { CivilDate } from '../../shared/dates/civil-date.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { Person } from '../../shared/records/person.ts';
import type { Visit } from '../../shared/records/visit.ts';
import type { NoaberDatabase } from '../database.ts';

export interface OrganisationWithContact {
  organisation: Organisation;
  /** The date of the latest visit this organisation took part in, if any. */
  lastContact: CivilDate | undefined;
}

/** The organisations of a kern with the date each was last in touch; dissolved ones last. */
export async function organisationsWithLastContact(
  db: NoaberDatabase,
  kernId: string,
): Promise<OrganisationWithContact[]> {
  const organisations = (await db.organisations.where('kernIds').equals(kernId).toArray()).filter(
    (organisation) => !organisation.deleted,
  );
  const withContact = await Promise.all(
    organisations.map(async (organisation) => {
      const visits = await db.visits.where('organisationIds').equals(organisation.id).toArray();
      const dates = visits.filter((visit) => !visit.deleted).map((visit) => visit.date);
      return { organisation, lastContact: dates.sort().at(-1) };
    }),
  );
  return withContact.sort(
    (a, b) =>
      Number(a.organisation.status === 'opgeheven') -
        Number(b.organisation.status === 'opgeheven') ||
      a.organisation.name.localeCompare(b.organisation.name, 'nl'),
  );
}

export async function visitsWith(
  db: NoaberDatabase,
  field: 'organisationIds' | 'personIds',
  id: string,
): Promise<Visit[]> {
  const visits = await db.visits.where(field).equals(id).toArray();
  return visits.filter((visit) => !visit.deleted).sort((a, b) => b.date.localeCompare(a.date));
}

export async function organisationById(
  db: NoaberDatabase,
  id: string,
): Promise<Organisation | undefined> {
  const organisation = await db.organisations.get(id);
  return organisation && !organisation.deleted ? organisation : undefined;
}

export async function personById(db: NoaberDatabase, id: string): Promise<Person | undefined> {
  const person = await db.people.get(id);
  return person && !person.deleted ? person : undefined;
}

/** The people holding a role in an organisation, now or before. */
export async function membersOf(db: NoaberDatabase, organisationId: string): Promise<Person[]> {
  const people = await db.people.toArray();
  return people.filter(
    (person) =>
      !person.deleted && person.memberships.some((m) => m.organisationId === organisationId),
  );
}

/** The organisations with these ids that are on the device (dissolved ones too). */
export async function organisationsByIds(
  db: NoaberDatabase,
  ids: readonly string[],
): Promise<Organisation[]> {
  const found = await db.organisations.bulkGet([...ids]);
  return found.filter((organisation): organisation is Organisation => organisation !== undefined);
}
