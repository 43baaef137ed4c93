import * as v from 'valibot';
import { FORM_AUTHOR_ID, FORM_CLIENT_ID } from '../../shared/ideas/form-author.ts';
import { RECORD_SCHEMAS } from '../../shared/sync-protocol/record-schemas.ts';
import type { PulledTable, RecordTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { Store, SyncRecordRow } from '../store/store.ts';
import { firstWrite, withWrite } from '../sync-service/field-writes.ts';
import { readScope } from '../sync-service/record-scope.ts';

type Data = Record<string, unknown>;

/**
 * What the idea form writes into the sync store, as import-records.ts does: whole records
 * validated with the record schemas, each with a new seq and its read scope, so connectors
 * pull them at their next sync; the writer is "inwoner via het formulier" (form-author.ts).
 * Call inside the caller's transaction. No initiative or person links to an action here, so
 * the scope needs no other record (kernOf answers nothing).
 */
export async function putFormRecords(
  store: Store,
  rows: readonly { table: RecordTable; record: Data }[],
): Promise<void> {
  let seq = await store.sync.lastSeq();
  const written: SyncRecordRow[] = rows.map(({ table, record }) => {
    seq += 1;
    const data = v.parse(RECORD_SCHEMAS[table], record) as Data & { id: string };
    return {
      table,
      id: data.id,
      seq,
      data,
      fieldWrites: firstWrite(seq, FORM_CLIENT_ID, FORM_AUTHOR_ID),
      scope: readScope(table, data, () => undefined),
      deleted: data['deleted'] === true,
    };
  });
  await store.sync.putRecords(written);
}

/**
 * A change the server makes to a stored record for the resident (a message, a withdrawal)
 * or a connector's spam marking: a new seq, so every device pulls it, and a field write in
 * the form's name for the fields it set. Undefined when the record does not exist.
 */
export async function changeFormRecord(
  store: Store,
  table: PulledTable & RecordTable,
  id: string,
  change: (data: Data) => Data,
  now: number,
  userId: string = FORM_AUTHOR_ID,
): Promise<Data | undefined> {
  const row = await store.sync.findRecord(table, id);
  if (!row) return undefined;
  const patch = { ...change(row.data), updatedAt: now };
  const data = v.parse(RECORD_SCHEMAS[table], { ...row.data, ...patch }) as Data;
  const seq = (await store.sync.lastSeq()) + 1;
  await store.sync.putRecords([
    {
      ...row,
      seq,
      data,
      fieldWrites: withWrite(row.fieldWrites, [seq, FORM_CLIENT_ID, userId, Object.keys(patch)]),
      scope: readScope(table, data, () => undefined),
      deleted: data['deleted'] === true,
    },
  ]);
  return data;
}
