import {
  isErasedPerson,
  personNeedles,
  redactValue,
  valueNames,
} from '../shared/privacy/erasure.ts';
import type { NoaberDatabase } from './database.ts';
import { chunkedLog, latestTexts } from './search-log.ts';
import { SYNCED_TABLES } from './synced-tables.ts';

/** The tables purgeErasedPeople writes, to open with the page's transaction. */
export const PURGE_TABLES = ['drafts', 'conflicts', 'rejections', 'searchLog'] as const;

/**
 * Makes this device keep nothing of people the server erased, inside the transaction that
 * stores the page with their tombstones (so before the tombstones replace the local copies:
 * those still say what to look for). Their name, phone and e-mail are looked for in:
 * - the outbox: an entry changing the erased person keeps its place and mutation id (a gap
 *   would stop the queue) but loses its content, and the server refuses it with the reason
 *   `person-erased`; any other entry naming them is redacted before it goes;
 * - drafts: redacted; conflicts and refusals naming them: removed (the server empties its
 *   own copies too);
 * - the local records of every other table: references become "verwijderde persoon", texts
 *   are redacted (the server's rewritten versions follow in this or a later page);
 * and afterwards (finishPurge) the search log is written afresh, so no older row of it
 * holds their words.
 */
export async function purgeErasedPeople(db: NoaberDatabase, ids: readonly string[]) {
  const known = await db.people.bulkGet([...ids]);
  const needles = known.flatMap((person) =>
    person && !isErasedPerson('people', person) ? personNeedles(person) : [],
  );
  const names = (value: unknown) => valueNames(value, needles, ids);
  const redact = <T>(value: T) => redactValue(value, needles, ids) as T;

  await db.outbox.toCollection().modify((entry) => {
    if (entry.table === 'people' && ids.includes(entry.recordId)) entry.patch = {};
    else if (names(entry.patch)) entry.patch = redact(entry.patch);
  });
  const drafts = await db.drafts.toArray();
  await db.drafts.bulkPut(
    drafts
      .filter((draft) => names(draft.key) || names(draft.value))
      .map((draft) => ({ ...draft, value: redact(draft.value) })),
  );
  for (const table of [db.conflicts, db.rejections] as const) {
    const rows = (await table.toArray()) as { id: string }[];
    await table.bulkDelete(rows.filter(names).map((row) => row.id));
  }
  for (const name of SYNCED_TABLES) {
    // Another person's record is theirs: a namesake is not this person.
    if (name === 'people') continue;
    const table = db.table<Record<string, unknown>, string>(name);
    const rows = await table.toArray();
    await table.bulkPut(rows.filter(names).map(redact));
  }
}

/** The search log written afresh from the latest entries only (after purgeErasedPeople). */
export async function finishPurge(db: NoaberDatabase): Promise<void> {
  const rows = await db.searchLog.toArray();
  await db.searchLog.clear();
  await db.searchLog.bulkAdd(chunkedLog(latestTexts(rows)));
}
