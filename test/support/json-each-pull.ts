import type Database from 'better-sqlite3';

/**
 * The scoped pull as it was before the scope index (schema 6): every row after the cursor,
 * filtered by its JSON scope. Kept as the reference the index must agree with (a store test)
 * and as the baseline of the pull bench.
 */
const READABLE_BY = `EXISTS (
  SELECT 1 FROM json_each(r.scope) AS s WHERE s.value IN (SELECT value FROM json_each(?))
)`;
export const JSON_EACH_PAGE_SQL = `SELECT * FROM sync_records r WHERE seq > ? AND ${READABLE_BY} ORDER BY seq LIMIT ?`;
export const JSON_EACH_COUNT_SQL = `SELECT count(*) AS n FROM sync_records r WHERE seq > ? AND ${READABLE_BY}`;

/** The page and count of the old query, as seqs: `limit + 1` rows fetched, as pullPage does. */
export function jsonEachPull(
  db: Database.Database,
  cursor: number,
  keys: readonly string[],
  limit: number,
): { seqs: number[]; hasMore: boolean; remaining: number } {
  const json = JSON.stringify(keys);
  const fetched = db.prepare(JSON_EACH_PAGE_SQL).all(cursor, json, limit + 1) as { seq: number }[];
  const seqs = fetched.slice(0, limit).map((row) => row.seq);
  const last = seqs.at(-1) ?? cursor;
  const { n } = db.prepare(JSON_EACH_COUNT_SQL).get(last, json) as { n: number };
  return { seqs, hasMore: fetched.length > limit, remaining: n };
}
