import { personNeedles, valueNames } from '../../shared/privacy/erasure.ts';
import type { AccessLogLine, PersonExport } from '../../shared/privacy/privacy-api.ts';

export type { PersonExport };
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import type { Store, SyncRecordRow, UserRecord } from '../store/store.ts';
import { allRecords } from './all-records.ts';

type Data = Record<string, unknown>;

/**
 * Collects the export in one walk over every record: the person's own fields, and every
 * record that refers to them or names them (name, phone or e-mail). Logged by the caller.
 */
export async function personExport(
  store: Store,
  person: SyncRecordRow,
  actor: UserRecord,
  now: number,
): Promise<PersonExport> {
  const needles = personNeedles(person.data);
  const names = (data: Data) => valueNames(data, needles);
  const organisations: Record<string, string> = {};
  const memberships = (person.data['memberships'] ?? []) as { organisationId: string }[];
  const memberOf = new Set(memberships.map((m) => m.organisationId));
  const visits: PersonExport['visits'] = [];
  const initiatives: PersonExport['initiatives'] = [];
  const feedback: PersonExport['feedback'] = [];
  const actions: Data[] = [];
  const linked = new Set<string>();
  const candidates: Data[] = [];
  for await (const row of allRecords(store)) {
    if (row.deleted) continue;
    const data = row.data;
    if (row.table === 'organisations' && memberOf.has(row.id)) {
      organisations[row.id] = String(data['name']);
    } else if (row.table === 'visits') {
      const present = ((data['personIds'] ?? []) as string[]).includes(person.id);
      if (present || names(data)) {
        visits.push({ present, visit: data });
        linked.add(row.id);
      }
    } else if (row.table === 'initiatives') {
      const started = data['initiatorPersonId'] === person.id;
      if (started || names(data)) {
        initiatives.push({ started, initiative: data });
        linked.add(row.id);
        if (started) {
          for (const entry of (data['feedbackLog'] ?? []) as Data[]) {
            feedback.push({ initiativeId: row.id, entry });
          }
        }
      }
    } else if (row.table === 'actions') {
      candidates.push(data);
    }
  }
  // Actions come before or after their visit in seq order: decided once all are known.
  for (const action of candidates) {
    const about =
      linked.has(String(action['visitId'])) || linked.has(String(action['initiativeId']));
    if (about || names(action)) actions.push(action);
  }
  return {
    generatedAt: now,
    generatedBy: actor.displayName,
    person: person.data,
    organisations,
    visits,
    initiatives,
    feedback,
    actions,
    access: await accessLines(store, person.id),
  };
}

/** The person's access log with each account's name. */
export async function accessLines(store: Store, personId: string): Promise<AccessLogLine[]> {
  const entries = await store.privacy.accessFor(personId);
  const names = new Map((await store.users.list()).map((user) => [user.id, user.displayName]));
  return entries.map((entry) => ({
    userId: entry.userId,
    userName: names.get(entry.userId) ?? entry.userId,
    day: entry.day,
    via: entry.via,
    rows: entry.rows,
  }));
}

/** The export itself is access: logged in the access log and the audit log. */
export async function logExport(
  store: Store,
  actor: UserRecord,
  personId: string,
  now: number,
  origin: string,
): Promise<void> {
  await store.transaction(async () => {
    await store.privacy.recordAccess([
      { personId, userId: actor.id, day: municipalToday(now), via: 'export', rows: 1 },
    ]);
    await store.audit.record({
      at: now,
      actorId: actor.id,
      action: 'person.export',
      objectType: 'person',
      objectId: personId,
      result: 'ok',
      origin,
    });
  });
}
