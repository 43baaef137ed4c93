import type { Store, SyncRecordRow } from '../store/store.ts';

/** Rows read per step when walking the whole record set. */
const PAGE = 1_000;

/**
 * Every synced row the server holds, in seq order, a page at a time: an erasure, an export
 * and the retention job look at all of them (the person's data may be in any record).
 */
export async function* allRecords(store: Store): AsyncGenerator<SyncRecordRow> {
  let cursor = 0;
  for (;;) {
    const { rows, hasMore } = await store.sync.pullPage(cursor, null, PAGE);
    yield* rows;
    const last = rows.at(-1);
    if (!hasMore || !last) return;
    cursor = last.seq;
  }
}
