import * as v from 'valibot';
import { RECORD_SCHEMAS } from '../../shared/sync-protocol/record-schemas.ts';
import type { RecordTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { Store } from '../store/store.ts';
import { BatchRecords, linksOf } from './batch-records.ts';
import { firstWrite } from './field-writes.ts';
import { kernLookup, readScope } from './record-scope.ts';

/** Where imported rows came from, in the field versions: no device wrote them. */
const IMPORT_CLIENT = 'import';

/**
 * Puts whole records into the sync store in one transaction, as if pushed: each gets a seq
 * (so every device pulls it) and its read scope. For data sets made on the server — the
 * demo — validated with the same schemas as a push; a bad record refuses the whole import.
 */
export async function importRecords(
  store: Store,
  rows: readonly { table: RecordTable; record: object }[],
): Promise<void> {
  await store.transaction(async () => {
    let seq = await store.sync.lastSeq();
    // Through BatchRecords, as a push: a later record's scope may read an earlier one of the
    // import (an action's visit), which it holds until all are written together.
    const records = new BatchRecords(store);
    const kernOf = kernLookup((table, id) => records.loaded(table, id));
    const parsed = rows.map(({ table, record }) => ({
      table,
      data: v.parse(RECORD_SCHEMAS[table], record),
    }));
    await records.preload(parsed.flatMap(({ table, data }) => linksOf(table, data)));
    for (const { table, data } of parsed) {
      seq += 1;
      const author = data['authorId'] ?? data['registeredById'];
      const authorId = typeof author === 'string' ? author : IMPORT_CLIENT;
      records.put({
        table,
        id: data.id,
        seq,
        data,
        fieldWrites: firstWrite(seq, IMPORT_CLIENT, authorId),
        scope: readScope(table, data, kernOf),
        deleted: data.deleted,
      });
    }
    await records.flush();
  });
}
