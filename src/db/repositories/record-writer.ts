import type { Table } from 'dexie';
import type * as v from 'valibot';
import type { NoaberDatabase } from '../database.ts';
import type { SyncedTable } from '../synced-tables.ts';
import { sameValue } from '../../shared/records/changes.ts';
import { RecordNotFoundError, validated } from './record-errors.ts';
import { refuseUnsendable } from '../outbox-size.ts';

/** Who writes, and the clock; passed by the screen, so tests can fix both. */
export interface WriteContext {
  userId: string;
  now: () => number;
}

interface StoredRecord {
  id: string;
  deleted: boolean;
  updatedAt: number;
}

/**
 * Validates a whole new record and adds it. The outbox middleware adds its outbox entry in
 * the same transaction.
 */
export async function insertRecord<T extends StoredRecord>(
  table: Table<T, string>,
  schema: v.GenericSchema<unknown, T>,
  record: T,
): Promise<T> {
  const valid = validated(schema, record);
  refuseUnsendable(table.name, [valid]);
  await table.add(valid);
  return valid;
}

/**
 * Changes some fields of a live record: the result is validated as a whole, and only the
 * fields whose stored value really changes are written (so the outbox carries a field-level
 * patch that merges with other devices' edits to other fields). A change that changes
 * nothing — the same value, or one that only differs before trimming — writes nothing and
 * adds no outbox entry.
 */
export async function patchRecord<T extends StoredRecord>(
  db: NoaberDatabase,
  tableName: SyncedTable,
  schema: v.GenericSchema<unknown, T>,
  id: string,
  changes: (current: T) => Partial<T>,
  context: WriteContext,
): Promise<T> {
  const table = db.table<T, string>(tableName);
  return db.transaction('rw', table, async () => {
    const current = await table.get(id);
    if (!current || current.deleted) throw new RecordNotFoundError(tableName, id);
    const wanted = changes(current);
    const next = validated(schema, { ...current, ...wanted });
    const patch: Record<string, unknown> = {};
    for (const key of Object.keys(wanted) as (keyof T & string)[]) {
      if (!sameValue(next[key], current[key])) patch[key] = next[key];
    }
    if (Object.keys(patch).length === 0) return current;
    const updatedAt = context.now();
    refuseUnsendable(tableName, [{ ...next, updatedAt }]);
    await table.update(id, { ...patch, updatedAt } as never);
    return { ...next, updatedAt };
  });
}

/** Deletes are tombstones: they sync, and win over a later edit from another device. */
export function markDeleted<T extends StoredRecord>(
  db: NoaberDatabase,
  tableName: SyncedTable,
  schema: v.GenericSchema<unknown, T>,
  id: string,
  context: WriteContext,
): Promise<T> {
  return patchRecord(db, tableName, schema, id, () => ({ deleted: true }) as Partial<T>, context);
}

export function newRecordMeta(id: string, context: WriteContext) {
  const at = context.now();
  return { id, createdAt: at, updatedAt: at, deleted: false };
}
