import type { NoaberDatabase } from '../database.ts';
import { SYNCED_TABLES, type SyncedTable } from '../synced-tables.ts';

/** A record on this device as a person names it: a visit by its date, the rest by name. */
export interface RecordName {
  table: SyncedTable;
  /** A name or title; for a visit its civil date (the screen writes it out). */
  name: string;
}

function nameOf(table: SyncedTable, record: Record<string, unknown>): string {
  const field = {
    organisations: 'name',
    people: 'name',
    visits: 'date',
    initiatives: 'title',
    actions: 'what',
  }[table];
  const value = record[field];
  return typeof value === 'string' ? value : '';
}

/**
 * The names of those of `ids` that are records on this device (ids are unique across
 * tables: UUIDs). For the sync screen, where a conflict or a refused change would otherwise
 * only show ids; an id the device does not hold (a colleague, a record out of scope) is left
 * out.
 */
export async function recordNames(
  db: NoaberDatabase,
  ids: Iterable<string>,
): Promise<Map<string, RecordName>> {
  const wanted = [...new Set(ids)];
  const names = new Map<string, RecordName>();
  if (wanted.length === 0) return names;
  await Promise.all(
    SYNCED_TABLES.map(async (table) => {
      const found = await db.table<Record<string, unknown>, string>(table).bulkGet(wanted);
      found.forEach((record, index) => {
        const id = wanted[index];
        if (record && id !== undefined) names.set(id, { table, name: nameOf(table, record) });
      });
    }),
  );
  return names;
}

/**
 * The records as this device has them now, by id, for these table and id pairs; pairs the
 * device lacks (or of a table it does not keep) are left out.
 */
export async function recordsById(
  db: NoaberDatabase,
  keys: readonly { table: string; id: string }[],
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  await Promise.all(
    keys
      .filter(({ table }) => (SYNCED_TABLES as readonly string[]).includes(table))
      .map(async ({ table, id }) => {
        const record = await db.table<Record<string, unknown>, string>(table).get(id);
        if (record) found.set(id, record);
      }),
  );
  return found;
}
