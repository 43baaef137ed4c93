import { isErasedPerson } from '../../shared/records/person.ts';
import { personIdsIn } from '../../shared/privacy/erasure.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import type { AccessEntry, Store, SyncRecordRow } from '../store/store.ts';

/**
 * "Who had what" (AVG art. 15, 30): devices work offline, so what can be known for sure is
 * what the server sent to which account. Per pulled page, each person's own row and each row
 * naming them (table-descriptions.ts, personRefs) counts once for that person, added up per
 * account, person, municipal day and way: a few rows a day, however often a device syncs.
 * An erased person's tombstone names no one.
 */
export async function logPulledPeople(
  store: Store,
  userId: string,
  rows: readonly Pick<SyncRecordRow, 'table' | 'data'>[],
  now: number,
): Promise<void> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (isErasedPerson(row.table, row.data)) continue;
    for (const id of new Set(personIdsIn(row.table, row.data))) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return;
  const day = municipalToday(now);
  const entries: AccessEntry[] = [...counts].map(([personId, count]) => ({
    personId,
    userId,
    day,
    via: 'pull',
    rows: count,
  }));
  // One commit for the page's entries (each statement alone would be a durable commit).
  await store.transaction(() => store.privacy.recordAccess(entries));
}
