import type { Action } from '../../shared/records/action.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { Person } from '../../shared/records/person.ts';
import type { Visit } from '../../shared/records/visit.ts';
import { currentNotes } from '../../shared/records/visit-notes.ts';
import { matchesAllWords, queryWords } from '../../shared/search-text.ts';
import type { NoaberDatabase } from '../database.ts';

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

function group<T extends { deleted: boolean }>(
  records: T[],
  text: (record: T) => string,
  words: string[],
) {
  const found = records.filter((record) => !record.deleted && matchesAllWords(text(record), words));
  return { total: found.length, shown: found.slice(0, SEARCH_RESULTS_PER_GROUP) };
}

/**
 * One search over everything on the device, offline, case- and accent-insensitive. Visits
 * come newest first. A full scan: fine for the thousands of records one connector holds.
 */
export async function searchEverything(
  db: NoaberDatabase,
  query: string,
): Promise<SearchResults | undefined> {
  const words = queryWords(query);
  if (words.length === 0) return undefined;
  const [visits, organisations, people, initiatives, actions] = await Promise.all([
    db.visits.orderBy('date').reverse().toArray(),
    db.organisations.toArray(),
    db.people.toArray(),
    db.initiatives.toArray(),
    db.actions.toArray(),
  ]);
  return {
    visits: group(visits, (v) => `${currentNotes(v)} ${v.topics.join(' ')}`, words),
    organisations: group(organisations, (o) => `${o.name} ${o.address} ${o.notes}`, words),
    people: group(people, (p) => `${p.name} ${p.email}`, words),
    initiatives: group(initiatives, (i) => `${i.title} ${i.description} ${i.theme}`, words),
    actions: group(actions, (a) => a.what, words),
  };
}
