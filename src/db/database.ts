import Dexie, { type Table, type Transaction } from 'dexie';
import type { Action } from '../shared/records/action.ts';
import type { Initiative } from '../shared/records/initiative.ts';
import type { Organisation } from '../shared/records/organisation.ts';
import type { Person } from '../shared/records/person.ts';
import type { Visit } from '../shared/records/visit.ts';
import type { Conflict, Rejection } from '../shared/sync-protocol/sync-records.ts';
import { outboxMiddleware } from './outbox-middleware.ts';
import {
  SEARCH_INDEX_TABLE as SEARCH_LOG,
  searchEntry,
  searchIndexMiddleware,
  type SearchLogRow,
} from './search-index.ts';
import { SYNCED_TABLES, type OutboxEntry } from './synced-tables.ts';

export { SYNCED_TABLES, type OutboxEntry, type SyncedTable } from './synced-tables.ts';

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** A half-typed form, kept so that it survives a reload, a crash or an app update. */
export interface Draft {
  key: string;
  value: unknown;
  savedAt: number;
}

/**
 * One account's local database. Every `version(n)` stays in this class for as long as an
 * installed client may still hold version n-1; later versions are appended, never edited.
 * (Booleans cannot be IndexedDB keys, so `done` and `deleted` are filtered, not indexed.)
 */
export class NoaberDatabase extends Dexie {
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaEntry, string>;
  drafts!: Table<Draft, string>;
  organisations!: Table<Organisation, string>;
  people!: Table<Person, string>;
  visits!: Table<Visit, string>;
  initiatives!: Table<Initiative, string>;
  actions!: Table<Action, string>;
  searchLog!: Table<SearchLogRow, number>;
  conflicts!: Table<Conflict, string>;
  rejections!: Table<Rejection, string>;

  constructor(name: string) {
    // 'strict': a write is on disk when its transaction completes, so a save that the screen
    // confirmed survives a crash or a flat battery right after.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      outbox: '++seq, table, recordId',
      meta: 'key',
    });
    this.version(2).stores({
      drafts: 'key',
      organisations: 'id, *kernIds, kindId, name',
      people: 'id, kernId, name',
      visits:
        'id, date, kernId, authorId, [authorId+date], *organisationIds, *personIds, *initiativeIds',
      initiatives: 'id, kernId, status, assignedConnectorId, feedbackDeadline, registeredOn',
      actions: 'id, [assigneeId+dueDate], visitId, initiativeId',
      searchIndex: 'key, *words',
    });
    // Sync: outbox entries are numbered on their first send; conflicts and rejections come
    // from the server (a conflict's resolution goes back through the outbox).
    this.version(3).stores({
      outbox: '++seq, table, recordId, mutationId',
      conflicts: 'id, recordId',
      rejections: 'id, recordId',
    });
    // Lighter writes (a first download of 20 000 rows took 5.7× a raw write): the search words
    // move from a multi-entry index to a log of a row per write (see search-index.ts), and
    // the visit indexes no query reads (date, kernId, authorId alone) go.
    this.version(4)
      .stores({
        searchIndex: null,
        searchLog: '++seq',
        visits: 'id, [authorId+date], *organisationIds, *personIds, *initiativeIds',
      })
      .upgrade(rebuildSearchLog);
    // Search folds compatibility characters (NFKD, search-text.ts): the stored words are
    // made again, so "ijsclub" also finds a "Ĳsclub" stored before.
    this.version(5).upgrade(rebuildSearchLog);
    this.use(outboxMiddleware);
    this.use(searchIndexMiddleware);
  }
}

/** The search log made anew from every record: one row per table (compacted later). */
async function rebuildSearchLog(transaction: Transaction): Promise<void> {
  await transaction.table(SEARCH_LOG).clear();
  for (const table of SYNCED_TABLES) {
    const records = (await transaction.table(table).toArray()) as Record<string, unknown>[];
    const row: SearchLogRow = { entries: records.map((record) => searchEntry(table, record)) };
    await transaction.table(SEARCH_LOG).add(row);
  }
}
