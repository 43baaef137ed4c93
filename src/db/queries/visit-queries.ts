import type { Action } from '../../shared/records/action.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { Person } from '../../shared/records/person.ts';
import type { Visit } from '../../shared/records/visit.ts';
import type { NoaberDatabase } from '../database.ts';

/** A visit with everything it names, as its screen shows it. */
export interface VisitDetail {
  visit: Visit;
  /** On this device and not deleted; in the visit's order. */
  people: Person[];
  organisations: Organisation[];
  initiatives: Initiative[];
  /** Its follow-ups: open ones first, then by due date. */
  actions: Action[];
}

const present = <T extends { deleted: boolean }>(records: (T | undefined)[]): T[] =>
  records.filter((record): record is T => record !== undefined && !record.deleted);

/** The visit and what it names; undefined when it is not on the device or was deleted. */
export async function visitDetail(
  db: NoaberDatabase,
  id: string,
): Promise<VisitDetail | undefined> {
  const visit = await db.visits.get(id);
  if (!visit || visit.deleted) return undefined;
  const [people, organisations, initiatives, actions] = await Promise.all([
    db.people.bulkGet(visit.personIds),
    db.organisations.bulkGet(visit.organisationIds),
    db.initiatives.bulkGet(visit.initiativeIds),
    db.actions.where('visitId').equals(id).toArray(),
  ]);
  return {
    visit,
    people: present(people),
    organisations: present(organisations),
    initiatives: present(initiatives),
    actions: present(actions).sort(
      (a, b) => Number(a.done) - Number(b.done) || a.dueDate.localeCompare(b.dueDate),
    ),
  };
}
