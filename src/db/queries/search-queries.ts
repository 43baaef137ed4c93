import type { Table } from 'dexie';
import type { Action } from '../../shared/records/action.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { Person } from '../../shared/records/person.ts';
import type { Visit } from '../../shared/records/visit.ts';
import type { NoaberDatabase } from '../database.ts';
import { latestTexts } from '../search-log.ts';
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

/** The keys of the records with, for every query word, a word that starts with it. */
async function matchingKeys(db: NoaberDatabase, words: string[]): Promise<string[]> {
  // Each stored word follows a space, so " caf" matches exactly the words beginning "caf".
  const starts = words.map((word) => ` ${word}`);
  const texts = latestTexts(await db.searchLog.toArray());
  const keys: string[] = [];
  for (const [key, text] of texts) {
    if (starts.every((start) => text.includes(start))) keys.push(key);
  }
  return keys;
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
 * Reads the search log, then at most 20 records per kind.
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
