import type { NoaberDatabase } from './database.ts';
import { isErasedPerson } from '../shared/records/person.ts';
import { finishPurge, PURGE_TABLES, purgeErasedPeople } from './erasure-purge.ts';
import { markAsSyncTransaction } from './outbox-middleware.ts';
import { SEARCH_INDEX_TABLE } from './search-index.ts';
import { rememberCursor } from './sync-cursor.ts';
import { userWroteRecently, waitForUserPause } from './user-activity.ts';
import { SYNC_META_KEYS as KEYS } from './sync-meta.ts';
import { OUTBOX_TABLES, SYNCED_TABLES, type OutboxEntry } from './synced-tables.ts';
import { applyPatch } from '../shared/sync-protocol/merge-patch.ts';
import { MAX_PUSH_BYTES, takeBatch } from '../shared/sync-protocol/push-size.ts';
import type {
  Mutation,
  OutboxReport,
  PullResponse,
} from '../shared/sync-protocol/sync-protocol.ts';

/**
 * The device's side of sync, in the database: its client id, cursor and server epoch; the
 * outbox read in order; pulled pages stored with their cursor. This module is crucial for
 * "nothing typed is lost": an outbox entry is deleted only when the server reported its
 * mutation id processed, and a pulled page never overwrites a change still waiting to go.
 */

/**
 * The first outbox entries as mutations: at most `max` of them and about `maxBytes` of JSON
 * (push-size.ts; one larger entry goes alone). Entries sent for the first time get their
 * mutation ids here, in order, in the same transaction as the counter: ids stay 1, 2, 3…
 * without gaps, and a retry sends the same ids again.
 */
export async function nextOutboxBatch(
  db: NoaberDatabase,
  max: number,
  maxBytes = MAX_PUSH_BYTES,
): Promise<Mutation[]> {
  return db.transaction('rw', db.outbox, db.meta, async () => {
    const first = await db.outbox.orderBy('seq').limit(max).toArray();
    const entries = first.slice(0, takeBatch(first.map(toMutation), max, maxBytes).length);
    let last = ((await db.meta.get(KEYS.lastMutationId))?.value as number | undefined) ?? 0;
    const numbered = entries.map((entry) =>
      entry.mutationId === undefined ? { ...entry, mutationId: ++last } : entry,
    );
    const fresh = numbered.filter((_entry, index) => entries[index]?.mutationId === undefined);
    if (fresh.length) {
      await db.outbox.bulkPut(fresh);
      await db.meta.put({ key: KEYS.lastMutationId, value: last });
    }
    return numbered.map(toMutation);
  });
}

function toMutation(entry: OutboxEntry): Mutation {
  return {
    id: entry.mutationId ?? 0,
    table: entry.table,
    recordId: entry.recordId,
    kind: entry.kind,
    patch: entry.patch,
    baseCursor: entry.baseCursor,
  };
}

/** The client id before a server restore made this database start over, if it did. */
export async function previousClientId(db: NoaberDatabase): Promise<string | null> {
  return ((await db.meta.get(KEYS.previousClientId))?.value as string | undefined) ?? null;
}

/**
 * What this database still has to send, said with every request (OutboxReport): the
 * mutation ids handed out so far, how many changes wait without one, and up to which id the
 * server confirmed them. An entry leaves the outbox only on that confirmation, so every id
 * below the lowest one still here was confirmed.
 */
export async function outboxReport(db: NoaberDatabase): Promise<OutboxReport> {
  return db.transaction('r', db.outbox, db.meta, async () => {
    const [lastNumbered, all, numbered, firstUnconfirmed] = await Promise.all([
      db.meta.get(KEYS.lastMutationId),
      db.outbox.count(),
      db.outbox.where('mutationId').aboveOrEqual(1).count(),
      db.outbox.where('mutationId').aboveOrEqual(1).first(),
    ]);
    const lastNumberedId = (lastNumbered?.value as number | undefined) ?? 0;
    return {
      lastNumberedId,
      waiting: all - numbered,
      acknowledgedId: firstUnconfirmed?.mutationId
        ? firstUnconfirmed.mutationId - 1
        : lastNumberedId,
    };
  });
}

/** The server processed every mutation up to `lastMutationId`: those entries may go. */
export async function confirmProcessed(db: NoaberDatabase, lastMutationId: number): Promise<void> {
  await db.outbox.where('mutationId').belowOrEqual(lastMutationId).delete();
}

/** Rows per transaction while nobody types: few transactions make a first download quick. */
const ROWS_PER_TRANSACTION = 500;
/** Rows per transaction while the user works: their save waits behind a few rows at most. */
const ROWS_WHILE_USER_WRITES = 10;

/**
 * Stores one pulled page with its cursor. Rows come in seq order, so the page is written in
 * slices, each with the seq of its last row as the cursor, in one transaction: after a
 * crash, rows and cursor are there together or not at all, and the next pull resumes right
 * after the last stored slice. While the user is saving or typing, slices are small and
 * wait for a pause in their writes (see user-activity.ts), so a save hardly ever waits
 * behind a sync write. Changes still in the outbox are put back on top of each pulled row
 * with the same merge the server uses, so the screen keeps showing what the user typed until
 * the server has it.
 */
export async function storePulledPage(db: NoaberDatabase, page: PullResponse): Promise<void> {
  let start = 0;
  do {
    // Decided per slice: a user who starts typing halfway through a page gets room at once.
    const userAtWork = userWroteRecently(db.name);
    if (userAtWork) await waitForUserPause(db.name);
    const size = userAtWork ? ROWS_WHILE_USER_WRITES : ROWS_PER_TRANSACTION;
    const rows = page.rows.slice(start, start + size);
    start += size;
    const cursor = start >= page.rows.length ? page.cursor : (rows.at(-1)?.seq ?? page.cursor);
    await storeRows(db, rows, cursor, page);
  } while (start < page.rows.length);
}

async function storeRows(
  db: NoaberDatabase,
  rows: PullResponse['rows'],
  cursor: number,
  page: Pick<PullResponse, 'epoch' | 'lastMutationId' | 'scope'>,
): Promise<void> {
  const erased = rows.filter((row) => isErasedPerson(row.table, row.data)).map((row) => row.id);
  // A static import, never import(): this module also runs in the service worker (background
  // sync), a classic script where a dynamic import cannot load.
  const purge = erased.length > 0;
  const tables = new Set<string>([
    ...OUTBOX_TABLES,
    'rejections',
    'outbox',
    'meta',
    SEARCH_INDEX_TABLE,
    ...(purge ? PURGE_TABLES : []),
  ]);
  await db.transaction('rw', [...tables], async (transaction) => {
    markAsSyncTransaction(transaction.idbtrans);
    await db.outbox.where('mutationId').belowOrEqual(page.lastMutationId).delete();
    // Before the pending changes are put back on top: they must not bring the person back.
    if (purge) await purgeErasedPeople(db, erased);
    const ids = rows.map((row) => row.id);
    const pending = ids.length ? await db.outbox.where('recordId').anyOf(ids).sortBy('seq') : [];
    const pendingById = new Map<string, OutboxEntry[]>();
    for (const entry of pending) {
      const key = `${entry.table}:${entry.recordId}`;
      pendingById.set(key, [...(pendingById.get(key) ?? []), entry]);
    }
    const byTable = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) {
      let data = row.data;
      for (const entry of pendingById.get(`${row.table}:${row.id}`) ?? []) {
        data = applyPatch(entry.table, data, entry.patch);
      }
      const list = byTable.get(row.table);
      if (list) list.push(data);
      else byTable.set(row.table, [data]);
    }
    for (const [table, tableRows] of byTable) await db.table(table).bulkPut(tableRows);
    if (purge) await finishPurge(db);
    await db.meta.bulkPut([
      { key: KEYS.cursor, value: cursor },
      { key: KEYS.epoch, value: page.epoch },
      { key: KEYS.scope, value: page.scope },
    ]);
  });
  rememberCursor(db.name, cursor);
}

/** What the user may see, as the last stored page said it (PullResponse.scope). */
export async function storedScope(db: NoaberDatabase): Promise<string | null> {
  return ((await db.meta.get(KEYS.scope))?.value as string | undefined) ?? null;
}

/**
 * The user may see other records than when this device last pulled (a beheerder changed
 * their kernen or roles): rows of a newly given kern lie before the cursor and would never
 * come. So download everything again from cursor 0, and first remove what the device holds,
 * so that records the user may no longer see leave it. Records with changes still in the
 * outbox stay: nothing typed is lost (the server refuses the change if access is gone, and
 * the author sees that). One transaction with the new scope and cursor.
 */
export async function startOverForNewScope(db: NoaberDatabase, scope: string): Promise<void> {
  const tables = [...SYNCED_TABLES, 'outbox', 'meta', SEARCH_INDEX_TABLE];
  await db.transaction('rw', tables, async (transaction) => {
    markAsSyncTransaction(transaction.idbtrans);
    const waiting = new Set((await db.outbox.toArray()).map((entry) => entry.recordId));
    for (const table of SYNCED_TABLES) {
      const ids = (await db.table(table).toCollection().primaryKeys()) as string[];
      await db.table(table).bulkDelete(ids.filter((id) => !waiting.has(id)));
    }
    await db.meta.bulkPut([
      { key: KEYS.cursor, value: 0 },
      { key: KEYS.scope, value: scope },
    ]);
  });
  rememberCursor(db.name, 0);
}

/**
 * The server was restored from a backup: it may lack what this device sent since, or hold
 * older versions of it. Start again as a new client from cursor 0, and queue every local
 * record as a `restore` ahead of the changes still waiting, which keep their order. The
 * server adds a record it lacks and brings an older version up to date; a restore's
 * `baseCursor` is the cursor from before, so that the server tells which of its values the
 * device had seen (overruled without a conflict) from those it had not.
 */
export async function startOverAfterServerRestore(db: NoaberDatabase): Promise<void> {
  const tables = [...SYNCED_TABLES, 'outbox', 'meta'];
  await db.transaction('rw', tables, async (transaction) => {
    markAsSyncTransaction(transaction.idbtrans);
    const waiting = await db.outbox.orderBy('seq').toArray();
    const formerClientId = (await db.meta.get(KEYS.clientId))?.value;
    const formerCursor = ((await db.meta.get(KEYS.cursor))?.value as number | undefined) ?? 0;
    await db.outbox.clear();
    const now = Date.now();
    for (const table of SYNCED_TABLES) {
      const records = (await db.table(table).toArray()) as { id: string }[];
      await db.outbox.bulkAdd(
        records.map((record) => ({
          table,
          recordId: record.id,
          kind: 'restore' as const,
          patch: record,
          baseCursor: formerCursor,
          createdAt: now,
        })),
      );
    }
    // A waiting create is covered by its record's restore; patches apply again harmlessly.
    await db.outbox.bulkAdd(
      waiting.filter((entry) => entry.kind !== 'create').map((entry) => withoutNumbering(entry)),
    );
    await db.meta.bulkPut([
      { key: KEYS.clientId, value: crypto.randomUUID() },
      { key: KEYS.cursor, value: 0 },
      { key: KEYS.lastMutationId, value: 0 },
      // Told to the server, so that it does not take the former client for a wiped one.
      { key: KEYS.previousClientId, value: formerClientId },
    ]);
    await db.meta.delete(KEYS.epoch);
  });
  rememberCursor(db.name, 0);
}

/** The entry as if never sent: a new client numbers it afresh. */
function withoutNumbering(entry: OutboxEntry): OutboxEntry {
  const copy = { ...entry, baseCursor: 0 };
  delete copy.seq;
  delete copy.mutationId;
  return copy;
}
