import type { Colleague } from '../shared/colleagues.ts';
import type { NoaberDatabase } from './database.ts';

/**
 * The colleagues' names, copied with the reference lists, so that the sync screen can say
 * whose value a conflict overruled — also offline. Apart from reference-cache.ts, which the
 * first screen loads: only the sync screen and the refresh read or write this.
 */
const COLLEAGUES_KEY = 'reference:colleagues';

export async function storeColleagues(db: NoaberDatabase, colleagues: Colleague[]): Promise<void> {
  await db.meta.put({ key: COLLEAGUES_KEY, value: colleagues });
}

/** The colleagues as the server last sent them; empty before the first copy. */
export async function cachedColleagues(db: NoaberDatabase): Promise<Colleague[]> {
  return ((await db.meta.get(COLLEAGUES_KEY))?.value ?? []) as Colleague[];
}

/** User id → name, as the server last sent them; empty before the first copy. */
export async function colleagueNames(db: NoaberDatabase): Promise<Map<string, string>> {
  const colleagues = await cachedColleagues(db);
  return new Map(colleagues.map((colleague) => [colleague.id, colleague.displayName]));
}
