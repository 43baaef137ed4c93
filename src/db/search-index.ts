import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { wordsOf } from '../shared/search-text.ts';
import { appendOnlyList, TABLE_DESCRIPTIONS } from '../shared/sync-protocol/table-descriptions.ts';
import { DATA_MIDDLEWARE_LEVEL, SYNCED_TABLES, type SyncedTable } from './synced-tables.ts';

/**
 * The searchable words of every synced record, kept by a middleware in the same transaction
 * as the write — also for what the sync engine stores — so it can never fall behind.
 *
 * It is a log: each write adds one row with an entry per record it wrote, and a later entry
 * for a record replaces the earlier ones (a tombstoned record's entry says it is gone).
 * Search reads the whole log and matches in memory; search-log.ts compacts it now and then.
 * Why not a row per record, or a multi-entry index on the words: every IndexedDB put and
 * index entry has a fixed cost, and a first download of 20 000 rows paid it twice or ten
 * times per record (measured: a multi-entry index took a third of the download, a row per
 * record a quarter); one row per write costs almost nothing extra.
 */
export interface SearchEntry {
  /** `${table}:${id}` */
  key: string;
  /** The record's words (wordsOf), each after a space: " cafe hout 3e straat"; null: gone. */
  text: string | null;
}

export interface SearchLogRow {
  seq?: number;
  entries: SearchEntry[];
}

export const SEARCH_INDEX_TABLE = 'searchLog';

export function searchEntry(table: SyncedTable, record: Record<string, unknown>): SearchEntry {
  const key = `${table}:${String(record['id'])}`;
  if (record['deleted'] === true) return { key, text: null };
  const words = wordsOf(searchableText(table, record));
  return { key, text: words.map((word) => ` ${word}`).join('') };
}

const synced = new Set<string>(SYNCED_TABLES);

/**
 * The text Zoeken looks in: the table's searchable fields (table-descriptions.ts) — a text
 * as it is, a list of words joined, an append-only list by the text of its latest entry (the
 * visit's notes as they read now).
 */
export function searchableText(table: SyncedTable, record: Record<string, unknown>): string {
  return TABLE_DESCRIPTIONS[table].searchable
    .map((field) => fieldText(table, field, record[field]))
    .join(' ');
}

function fieldText(table: SyncedTable, field: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  const list = appendOnlyList(table, field);
  if (list?.text === undefined) return value.filter((item) => typeof item === 'string').join(' ');
  const latest: unknown = value.at(-1);
  const text =
    typeof latest === 'object' && latest !== null
      ? (latest as Record<string, unknown>)[list.text]
      : '';
  return typeof text === 'string' ? text : '';
}

export const searchIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'noaber-search-index',
  level: DATA_MIDDLEWARE_LEVEL,
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const needsIndex =
          mode === 'readwrite' &&
          stores.some((store) => synced.has(store)) &&
          !stores.includes(SEARCH_INDEX_TABLE);
        return down.transaction(
          needsIndex ? [...stores, SEARCH_INDEX_TABLE] : stores,
          mode,
          options,
        );
      },
      table(name) {
        const table = down.table(name);
        if (!synced.has(name)) return table;
        // Looked up at the first write: while a database upgrades, the stack is built on the
        // old schema, which may not have the search table yet.
        return withSearchIndex(table, () => down.table(SEARCH_INDEX_TABLE), name as SyncedTable);
      },
    };
  },
};

function withSearchIndex(
  table: DBCoreTable,
  searchTable: () => DBCoreTable,
  name: SyncedTable,
): DBCoreTable {
  return {
    ...table,
    mutate(request: DBCoreMutateRequest) {
      if (request.type === 'deleteRange') return table.mutate(request);
      // Only sync deletes records (when the user may no longer see them): they leave search.
      const entries =
        request.type === 'delete'
          ? request.keys.map((key): SearchEntry => ({ key: `${name}:${String(key)}`, text: null }))
          : (request.values as Record<string, unknown>[]).map((value) => searchEntry(name, value));
      // Both requests are issued in this same tick, inside Dexie's transaction zone (an await
      // in between would leave it); IndexedDB runs them in order in the one transaction.
      const recordWrite = table.mutate(request);
      const row: SearchLogRow = { entries };
      const logWrite = searchTable().mutate({ type: 'add', trans: request.trans, values: [row] });
      return Promise.all([recordWrite, logWrite]).then(() => recordWrite);
    },
  };
}
