import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { knownCursor } from './sync-cursor.ts';
import { noteUserWrite } from './user-activity.ts';
import {
  DATA_MIDDLEWARE_LEVEL,
  OUTBOX_TABLES,
  type OutboxEntry,
  type OutboxTable,
} from './synced-tables.ts';

const synced = new Set<string>(OUTBOX_TABLES);

/**
 * Transactions opened by the sync engine to store what the server sent. Their writes are
 * not the user's changes, so they get no outbox entries.
 */
const syncTransactions = new WeakSet<object>();

export function markAsSyncTransaction(trans: object): void {
  syncTransactions.add(trans);
}

/**
 * Every write to a synced table gets its outbox entry in the same IndexedDB transaction, so
 * a record and its pending change are stored together or not at all — there is no way for a
 * repository to forget it. Records are never deleted: a delete is a tombstone (`deleted`)
 * that syncs like any other change, so a hard delete is refused here.
 */
export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'noaber-outbox',
  level: DATA_MIDDLEWARE_LEVEL,
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        // A write to a synced table must be able to write its outbox entry too.
        const needsOutbox =
          mode === 'readwrite' &&
          stores.some((store) => synced.has(store)) &&
          !stores.includes('outbox');
        return down.transaction(needsOutbox ? [...stores, 'outbox'] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!synced.has(name)) return table;
        return withOutbox(table, down.table('outbox'), name as OutboxTable, down.schema.name);
      },
    };
  },
};

function withOutbox(
  table: DBCoreTable,
  outbox: DBCoreTable,
  name: OutboxTable,
  databaseName: string,
): DBCoreTable {
  return {
    ...table,
    mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if (syncTransactions.has(request.trans)) return table.mutate(request);
      if (request.type === 'delete' || request.type === 'deleteRange') {
        return Promise.reject(
          new Error(`records in ${name} are never deleted: mark them deleted instead`),
        );
      }
      noteUserWrite(databaseName);
      const entries = outboxEntries(name, request, Date.now(), knownCursor(databaseName));
      // Record and outbox writes are issued in the same tick (inside Dexie's transaction
      // zone) and run in order in the one transaction. If any record failed, the whole
      // transaction must fail: an outbox entry without its record is never left behind.
      const recordWrite = table.mutate(request);
      const outboxWrite =
        entries.length > 0 ? addEntries(outbox, request.trans, entries) : undefined;
      return Promise.all([recordWrite, outboxWrite]).then(([response]) => {
        if (response.numFailures > 0) throw new Error(`a write to ${name} failed`);
        return response;
      });
    },
  };
}

function outboxEntries(
  table: OutboxTable,
  request: Exclude<DBCoreMutateRequest, { type: 'delete' | 'deleteRange' }>,
  createdAt: number,
  baseCursor: number,
): OutboxEntry[] {
  const entry = (recordId: string, kind: OutboxEntry['kind'], patch: Record<string, unknown>) =>
    ({ table, recordId, kind, patch, baseCursor, createdAt }) satisfies OutboxEntry;
  return request.values.map((value: Record<string, unknown>, index) => {
    const recordId = String(value['id']);
    if (request.type === 'add') return entry(recordId, 'create', value);
    // Field-level: a modify() tells which fields changed, so edits to others can merge.
    const changeSpec = request.updates?.changeSpecs[index] ?? request.changeSpec;
    return entry(recordId, 'patch', changeSpec ? { ...changeSpec } : value);
  });
}

async function addEntries(outbox: DBCoreTable, trans: DBCoreTransaction, entries: OutboxEntry[]) {
  const result = await outbox.mutate({ type: 'add', trans, values: entries });
  if (result.numFailures > 0) throw new Error('the outbox refused an entry');
}
