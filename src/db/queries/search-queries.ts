import type { Table } from 'dexie';
import type { Action } from '../../shared/records/action.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { Person } from '../../shared/records/person.ts';
import type { Visit } from '../../shared/records/visit.ts';
import type { NoaberDatabase } from '../database.ts';
import { wordsOf } from '../../shared/search-text.ts';
import type { SyncedTable } from '../synced-tables.ts';

/** Results shown per kind of record; the count says how many more there are. */
export const SEARCH_RESULTS_PER_GROUP = 20;

export interface SearchGroup<T> {
  total: number;
  shown: T[];
}

export interface SearchResults {
  visits: SearchGroup<Visit>;
  organisations: SearchGroup<Organisation>;
  people: SearchGroup<Person>;
  initiatives: SearchGroup<Initiative>;
  actions: SearchGroup<Action>;
}

/** The index keys whose words start with every query word (word-prefix match). */
async function matchingKeys(db: NoaberDatabase, words: string[]): Promise<string[]> {
  // The longest word is usually the most selective: start there, then narrow.
  const [first, ...rest] = [...words].sort((a, b) => b.length - a.length);
  if (first === undefined) return [];
  let keys = new Set(await db.searchIndex.where('words').startsWith(first).primaryKeys());
  for (const word of rest) {
    if (keys.size === 0) break;
    const next = new Set(await db.searchIndex.where('words').startsWith(word).primaryKeys());
    keys = new Set([...keys].filter((key) => next.has(key)));
  }
  return [...keys];
}

async function group<T>(
  table: Table<T, string>,
  name: SyncedTable,
  keys: string[],
): Promise<SearchGroup<T>> {
  const prefix = `${name}:`;
  // Ids are UUID v7: sorting them backwards puts the newest records first.
  const ids = keys
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length))
    .sort()
    .reverse();
  const shown = await table.bulkGet(ids.slice(0, SEARCH_RESULTS_PER_GROUP));
  return { total: ids.length, shown: shown.filter((record): record is T => record !== undefined) };
}

/**
 * One search over everything on the device, offline, case- and accent-insensitive: every
 * query word must begin a word of the record ("cafe" finds "Café-Hout" and "cafébaas").
 * Reads the word index, then at most 20 records per kind.
 */
export async function searchEverything(
  db: NoaberDatabase,
  query: string,
): Promise<SearchResults | undefined> {
  const words = wordsOf(query);
  if (words.length === 0) return undefined;
  const keys = await matchingKeys(db, words);
  const [visits, organisations, people, initiatives, actions] = await Promise.all([
    group(db.visits, 'visits', keys),
    group(db.organisations, 'organisations', keys),
    group(db.people, 'people', keys),
    group(db.initiatives, 'initiatives', keys),
    group(db.actions, 'actions', keys),
  ]);
  return { visits, organisations, people, initiatives, actions };
}
