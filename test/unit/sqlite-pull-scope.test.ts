import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import type { SyncRecordRow } from '../../src/server/store/store.ts';
import { jsonEachPull } from '../support/json-each-pull.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const KEYS = ['all', 'kern:a', 'kern:b', 'kern:c', 'user:u1', 'user:u2'];
const key = fc.constantFrom(...KEYS);

/** A write to the store: a batch of upserts (ids from a small pool, so rows get new seqs). */
const write = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    rows: fc.array(
      fc.record({ id: fc.nat(15), scope: fc.array(key, { maxLength: 3 }), deleted: fc.boolean() }),
      { minLength: 1, maxLength: 8 },
    ),
  }),
  // A row removed behind the store's back, as a restored backup does (sync-scenarios test).
  fc.record({ kind: fc.constant('delete' as const), id: fc.nat(15) }),
);
const pull = fc.record({
  keys: fc.array(key, { maxLength: 4 }),
  cursor: fc.nat(60),
  limit: fc.integer({ min: 1, max: 12 }),
});

function row(id: number, seq: number, scope: string[], deleted: boolean): SyncRecordRow {
  const recordId = `p${id}`;
  return {
    table: 'people',
    id: recordId,
    seq,
    data: { id: recordId },
    fieldWrites: [],
    scope,
    deleted,
  };
}

describe('a scoped pull through the scope index', () => {
  it('returns the same pages as the JSON scope filter it replaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(write, { maxLength: 12 }),
        fc.array(pull, { minLength: 1, maxLength: 6 }),
        async (writes, pulls) => {
          const dir = makeTempDir('pull-scope');
          dirs.push(dir);
          const store = openSqliteStore(dir.path);
          const raw = new Database(join(dir.path, DATABASE_FILE_NAME));
          try {
            let seq = 0;
            for (const w of writes) {
              if (w.kind === 'delete') {
                raw.prepare(`DELETE FROM sync_records WHERE record_id = ?`).run(`p${w.id}`);
                continue;
              }
              // A record twice in one batch is written once, in its last version (BatchRecords).
              const batch = new Map<number, SyncRecordRow>();
              for (const r of w.rows) batch.set(r.id, row(r.id, (seq += 1), r.scope, r.deleted));
              await store.transaction(() => store.sync.putRecords([...batch.values()]));
            }
            for (const p of pulls) {
              const page = await store.sync.pullPage(p.cursor, p.keys, p.limit, true);
              const expected = jsonEachPull(raw, p.cursor, p.keys, p.limit);
              expect({
                seqs: page.rows.map((r) => r.seq),
                hasMore: page.hasMore,
                remaining: page.remaining,
              }).toEqual(expected);
            }
          } finally {
            raw.close();
            await store.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('moves a row in the index when a write gives it a new seq and scope', async () => {
    const dir = makeTempDir('pull-scope');
    dirs.push(dir);
    const store = openSqliteStore(dir.path);
    await store.transaction(() =>
      store.sync.putRecords([row(1, 1, ['kern:a', 'user:u1', 'user:u1'], false)]),
    );
    // Restamped into another kern: kern:a no longer reads it, kern:b does, once, at its new seq.
    await store.transaction(() =>
      store.sync.putRecords([row(1, 2, ['kern:b', 'user:u1', 'user:u1'], false)]),
    );
    expect(await store.sync.pullPage(0, ['kern:a'], 10, true)).toMatchObject({
      rows: [],
      remaining: 0,
    });
    const page = await store.sync.pullPage(0, ['kern:b', 'user:u1'], 10, true);
    expect(page.rows.map((r) => [r.id, r.seq])).toEqual([['p1', 2]]);
    expect(page.remaining).toBe(0);
    await store.close();
  });
});
