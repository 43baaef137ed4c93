import type { NoaberDatabase } from './database.ts';
import type { SearchEntry, SearchLogRow } from './search-index.ts';

/** Entries per row when the log is written afresh. */
const ENTRIES_PER_ROW = 1_000;

/** The latest search text of every record that is not gone, by `${table}:${id}`. */
export function latestTexts(rows: readonly SearchLogRow[]): Map<string, string> {
  const texts = new Map<string, string>();
  // Rows come in the order they were written: a later entry replaces an earlier one.
  for (const row of rows) {
    for (const entry of row.entries) {
      if (entry.text === null) texts.delete(entry.key);
      else texts.set(entry.key, entry.text);
    }
  }
  return texts;
}

export function chunkedLog(texts: Map<string, string>): SearchLogRow[] {
  const entries: SearchEntry[] = [...texts].map(([key, text]) => ({ key, text }));
  const rows: SearchLogRow[] = [];
  for (let start = 0; start < entries.length; start += ENTRIES_PER_ROW) {
    rows.push({ entries: entries.slice(start, start + ENTRIES_PER_ROW) });
  }
  return rows;
}

/**
 * Rows the log may grow to before it is written afresh. Each save adds a row, and each
 * stored slice of a pulled page one per kind of record; so the log holds a few hundred
 * writes' worth of replaced entries at most (a full download again after a server restore
 * adds about one row per 500 records).
 */
export const MAX_SEARCH_LOG_ROWS = 300;

/**
 * Writes the search log afresh, one transaction, once it has more than `maxRows` rows:
 * Zoeken then reads a few full rows without replaced entries. Cheap to call when there is
 * nothing to do (a count). Returns whether it compacted.
 */
export async function compactSearchLog(
  db: NoaberDatabase,
  maxRows = MAX_SEARCH_LOG_ROWS,
): Promise<boolean> {
  if ((await db.searchLog.count()) <= maxRows) return false;
  return db.transaction('rw', db.searchLog, async () => {
    const rows = await db.searchLog.toArray();
    if (rows.length <= maxRows) return false; // another tab was quicker
    await db.searchLog.clear();
    await db.searchLog.bulkAdd(chunkedLog(latestTexts(rows)));
    return true;
  });
}
