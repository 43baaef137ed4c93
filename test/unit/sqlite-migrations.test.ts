import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/server/store/migrations.ts';
import {
  DATABASE_FILE_NAME,
  migrate,
  openSqliteStore,
} from '../../src/server/store/sqlite-store.ts';
import { StartupError } from '../../src/server/startup-error.ts';
import { lastWriteOf } from '../../src/server/sync-service/field-writes.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
function dataDir(): string {
  const dir = makeTempDir('migrations');
  dirs.push(dir);
  return dir.path;
}

describe('SQLite store migrations', () => {
  it('numbers migrations 1, 2, 3… with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('creates a new database at the latest schema, in WAL mode, with an epoch', async () => {
    const store = openSqliteStore(dataDir());
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(await store.serverEpoch()).toMatch(/^[0-9a-f]{32}$/);
    await store.close();
  });

  it('keeps data and epoch when opened again, and migrating twice changes nothing', async () => {
    const dir = dataDir();
    const first = openSqliteStore(dir);
    const epoch = await first.serverEpoch();
    await first.close();
    const db = new Database(join(dir, DATABASE_FILE_NAME));
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    const second = openSqliteStore(dir);
    expect(await second.serverEpoch()).toBe(epoch);
    await second.close();
  });

  it('refuses a database from a newer server instead of damaging it', async () => {
    const dir = dataDir();
    await openSqliteStore(dir).close();
    const db = new Database(join(dir, DATABASE_FILE_NAME));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(dir)).toThrow(StartupError);
  });

  it('keeps the sync clients of schema 4, owing nothing and in no known browser (migration 5)', async () => {
    const dir = dataDir();
    const db = new Database(join(dir, DATABASE_FILE_NAME));
    for (const migration of MIGRATIONS.slice(0, 4)) db.exec(migration.sql);
    db.pragma('user_version = 4');
    db.prepare(
      `INSERT INTO users (id, email, display_name, status, created_at, updated_at)
       VALUES ('u1', 'anna@dalfsen.test', 'Anna', 'active', 1, 1)`,
    ).run();
    db.prepare(
      `INSERT INTO sync_clients (client_id, user_id, last_mutation_id, created_at, last_seen_at)
       VALUES ('c1', 'u1', 42, 1, 2)`,
    ).run();
    db.close();

    const store = openSqliteStore(dir);
    expect(await store.sync.findClient('c1')).toEqual({
      clientId: 'c1',
      userId: 'u1',
      lastMutationId: 42,
    });
    expect(await store.clientDevices.findLost('c1')).toEqual({ count: 0, lastContactAt: null });
    await store.clientDevices.report('c1', 'browser-1', { lastNumberedId: 45, waiting: 2 }, 3);
    expect(await store.clientDevices.activeInBrowser('u1', 'browser-1', 'c2')).toEqual([
      {
        clientId: 'c1',
        lastMutationId: 42,
        outboxLastNumbered: 45,
        outboxWaiting: 2,
        lastSeenAt: 3,
      },
    ]);
    await store.close();
  });

  it('moves synced records of schema 5 to field writes (migration 6), keeping who wrote each field', async () => {
    const dir = dataDir();
    const db = new Database(join(dir, DATABASE_FILE_NAME));
    for (const migration of MIGRATIONS.filter((m) => m.version <= 5)) db.exec(migration.sql);
    db.pragma('user_version = 5');
    const insert = db.prepare(
      `INSERT INTO sync_records (table_name, record_id, seq, data, field_versions, scope, deleted)
       VALUES (?, ?, ?, ?, ?, ?, 0)`,
    );
    const created = [3, 'device-a', 'user-a'];
    const edited = [7, 'device-b', 'user-b'];
    const person = { id: 'p1', name: 'Jan', phone: '0612345678', updatedAt: 2 };
    const versions = { id: created, name: edited, phone: created, updatedAt: edited };
    insert.run('people', 'p1', 7, JSON.stringify(person), JSON.stringify(versions), '["kern:k"]');
    insert.run('conflicts', 'c1', 5, '{"id":"c1"}', '{}', '["user:user-a"]');
    db.close();

    const store = openSqliteStore(dir);
    const row = await store.sync.findRecord('people', 'p1');
    expect(row?.data).toEqual(person);
    expect(row?.scope).toEqual(['kern:k']);
    expect(row?.fieldWrites).toEqual([
      [3, 'device-a', 'user-a', ['id', 'phone']],
      [7, 'device-b', 'user-b', ['name', 'updatedAt']],
    ]);
    for (const [field, version] of Object.entries(versions)) {
      expect(lastWriteOf(row?.fieldWrites ?? [], field)?.slice(0, 3)).toEqual(version);
    }
    expect((await store.sync.findRecord('conflicts', 'c1'))?.fieldWrites).toEqual([]);
    expect((await store.sync.pullPage(0, null, 10)).rows.map((r) => r.seq)).toEqual([5, 7]);
    expect(await store.sync.lastSeq()).toBe(7);
    await store.close();
  });

  it('keeps the token pairs of schema 6, bound to no browser (migration 7)', async () => {
    const dir = dataDir();
    const db = new Database(join(dir, DATABASE_FILE_NAME));
    for (const migration of MIGRATIONS.filter((m) => m.version <= 6)) db.exec(migration.sql);
    db.pragma('user_version = 6');
    db.exec(`
      INSERT INTO users (id, email, display_name, status, created_at, updated_at)
        VALUES ('u1', 'anna@dalfsen.test', 'Anna', 'active', 1, 1);
      INSERT INTO device_sessions (id, user_id, device_label, created_at, last_used_at, expires_at)
        VALUES ('s1', 'u1', 'Telefoon', 1, 1, 99);
      INSERT INTO session_tokens (refresh_hash, session_id, access_hash, access_expires_at,
                                  refresh_expires_at, issued_at)
        VALUES ('r1', 's1', 'a1', 10, 99, 1);
    `);
    db.close();

    const store = openSqliteStore(dir);
    expect(await store.sessions.findTokenByRefreshHash('r1')).toMatchObject({
      sessionId: 's1',
      deviceId: null,
    });
    await store.loginThrottle.put('account:x', { attempts: 2, windowStart: 5 });
    expect(await store.loginThrottle.find('account:x')).toEqual({ attempts: 2, windowStart: 5 });
    await store.close();
  });

  it('indexes the synced records of schema 6 by scope key (migration 8), each key once', async () => {
    const dir = dataDir();
    const db = new Database(join(dir, DATABASE_FILE_NAME));
    for (const migration of MIGRATIONS.filter((m) => m.version <= 6)) db.exec(migration.sql);
    db.pragma('user_version = 6');
    const insert = db.prepare(
      `INSERT INTO sync_records (seq, table_name, record_id, data, field_writes, scope, deleted)
       VALUES (?, ?, ?, '{}', '[]', ?, 0)`,
    );
    insert.run(3, 'organisations', 'o1', '["all","kern:a","kern:b"]');
    insert.run(5, 'people', 'p1', '["kern:b"]');
    insert.run(8, 'initiatives', 'i1', '["kern:a","user:u1","user:u1"]');
    insert.run(9, 'conflicts', 'c1', '[]');
    db.close();

    const store = openSqliteStore(dir);
    await store.close();
    const migrated = new Database(join(dir, DATABASE_FILE_NAME));
    expect(
      migrated
        .prepare(`SELECT scope_key, seq FROM sync_record_scope ORDER BY scope_key, seq`)
        .raw()
        .all(),
    ).toEqual([
      ['all', 3],
      ['kern:a', 3],
      ['kern:a', 8],
      ['kern:b', 3],
      ['kern:b', 5],
      ['user:u1', 8],
    ]);
    migrated.close();
    const reopened = openSqliteStore(dir);
    const seqs = async (keys: string[]) =>
      (await reopened.sync.pullPage(0, keys, 10)).rows.map((r) => r.seq);
    expect(await seqs(['kern:a', 'user:u1'])).toEqual([3, 8]);
    expect(await seqs(['kern:b'])).toEqual([3, 5]);
    expect(await seqs(['user:u2'])).toEqual([]);
    await reopened.close();
  });

  it('keeps the sync clients of schema 9, linked to no device session yet (migration 10)', async () => {
    const dir = dataDir();
    const db = new Database(join(dir, DATABASE_FILE_NAME));
    for (const migration of MIGRATIONS.filter((m) => m.version <= 9)) db.exec(migration.sql);
    db.pragma('user_version = 9');
    db.prepare(
      `INSERT INTO users (id, email, display_name, status, created_at, updated_at)
       VALUES ('u1', 'anna@dalfsen.test', 'Anna', 'active', 1, 1)`,
    ).run();
    db.prepare(
      `INSERT INTO sync_clients (client_id, user_id, last_mutation_id, created_at, last_seen_at,
                                 outbox_last_numbered, outbox_waiting)
       VALUES ('c1', 'u1', 4, 1, 2, 6, 1)`,
    ).run();
    db.close();

    const store = openSqliteStore(dir);
    expect((await store.sync.findClient('c1'))?.lastMutationId).toBe(4);
    expect(await store.clientDevices.sessionOutbox('s1')).toBeNull();
    // Linked by its next request: it owes 6 - 4 numbered changes and 1 waiting.
    await store.clientDevices.linkSession('c1', 's1');
    expect(await store.clientDevices.sessionOutbox('s1')).toEqual({ count: 3, reportedAt: 2 });
    expect(await store.quarantine.list(10)).toEqual([]);
    await store.close();
  });

  it('gives each new database its own epoch', async () => {
    const a = openSqliteStore(dataDir());
    const b = openSqliteStore(dataDir());
    expect(await a.serverEpoch()).not.toBe(await b.serverEpoch());
    await a.close();
    await b.close();
  });
});
