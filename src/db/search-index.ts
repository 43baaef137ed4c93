import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { wordsOf } from '../shared/search-text.ts';
import { DATA_MIDDLEWARE_LEVEL, SYNCED_TABLES, type SyncedTable } from './synced-tables.ts';

/**
 * A word index over every synced record, so that Zoeken reads a few index ranges instead of
 * every record. Kept by a middleware in the same transaction as the write — also for what
 * the sync engine stores — so it can never fall behind. A tombstoned record leaves the index.
 */
export interface SearchEntry {
  /** `${table}:${id}` */
  key: string;
  words: string[];
}

export const SEARCH_INDEX_TABLE = 'searchIndex';
const synced = new Set<string>(SYNCED_TABLES);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The text Zoeken looks in, per kind of record. */
export function searchableText(table: SyncedTable, record: Record<string, unknown>): string {
  switch (table) {
    case 'visits': {
      const revisions = record['noteRevisions'] as { text: string }[] | undefined;
      const topics = record['topics'] as string[] | undefined;
      return `${revisions?.at(-1)?.text ?? ''} ${(topics ?? []).join(' ')}`;
    }
    case 'organisations':
      return `${text(record['name'])} ${text(record['address'])} ${text(record['notes'])}`;
    case 'people':
      return `${text(record['name'])} ${text(record['email'])}`;
    case 'initiatives':
      return `${text(record['title'])} ${text(record['description'])} ${text(record['theme'])}`;
    case 'actions':
      return text(record['what']);
  }
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
        return withSearchIndex(table, down.table(SEARCH_INDEX_TABLE), name as SyncedTable);
      },
    };
  },
};

function withSearchIndex(table: DBCoreTable, index: DBCoreTable, name: SyncedTable): DBCoreTable {
  return {
    ...table,
    mutate(request: DBCoreMutateRequest) {
      if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
      const live: SearchEntry[] = [];
      const gone: string[] = [];
      for (const value of request.values as Record<string, unknown>[]) {
        const key = `${name}:${String(value['id'])}`;
        if (value['deleted'] === true) gone.push(key);
        else live.push({ key, words: wordsOf(searchableText(name, value)) });
      }
      // All requests are issued in this same tick, inside Dexie's transaction zone (an await
      // in between would leave it); IndexedDB runs them in order in the one transaction.
      const recordWrite = table.mutate(request);
      const indexWrites = [
        ...(live.length > 0
          ? [index.mutate({ type: 'put', trans: request.trans, values: live })]
          : []),
        ...(gone.length > 0
          ? [index.mutate({ type: 'delete', trans: request.trans, keys: gone })]
          : []),
      ];
      return Promise.all([recordWrite, ...indexWrites]).then(() => recordWrite);
    },
  };
}
