import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  openPostgresStore,
  type PostgresStore,
} from '../../src/server/store/postgres/postgres-store.ts';
import { LATEST_POSTGRES_SCHEMA_VERSION } from '../../src/server/store/postgres/postgres-migrations.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { StartupError } from '../../src/server/startup-error.ts';
import {
  DuplicateKeyError,
  StorageUnavailableError,
  type KernRecord,
  type Store,
  type SyncRecordRow,
  type UserRecord,
} from '../../src/server/store/store.ts';
import { applyPush } from '../../src/server/sync-service/push-service.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { adminQuery, createDatabase } from '../support/postgres-cluster.ts';
import { personCreate } from '../support/pushed-records.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/**
 * One contract for every Store: the SQLite store and the PostgreSQL store answer every
 * repository call the same way, and keep the same promises about transactions, seqs and
 * failures. The PostgreSQL half runs on the run's throwaway cluster (postgres-global-setup.ts)
 * and skips, with one line there, when this machine has no PostgreSQL.
 */

const clusterUrl = inject('postgresUrl');

/** One engine as the contract sees it: a store, a second connection to the same data, and
 * a way to make the storage refuse writes. */
interface Opened {
  store: Store;
  /** Another store on the same data: a second server process. */
  another: () => Promise<Store>;
  /** Makes the storage read-only (true) or writable again (false), as an operator would. */
  readOnly: (on: boolean) => Promise<void>;
  remove: () => Promise<void>;
}

interface Engine {
  name: string;
  skip: boolean;
  open: () => Promise<Opened>;
}

const sqlite: Engine = {
  name: 'sqlite',
  skip: false,
  open: async () => {
    const dir = makeTempDir('contract');
    const store = openSqliteStore(dir.path);
    return Promise.resolve({
      store,
      // SQLite serves one process: a second connection in this one would block the event
      // loop while it waits for the first one's lock. The second "process" is the same store.
      another: async () => Promise.resolve(store),
      // Per connection: query_only makes SQLite refuse writes with SQLITE_READONLY.
      readOnly: async (on) => {
        store.pragma(`query_only = ${on ? 1 : 0}`);
        return Promise.resolve();
      },
      remove: async () => {
        await store.close();
        dir.remove();
      },
    });
  },
};

const postgres: Engine = {
  name: 'postgresql',
  skip: clusterUrl === null,
  open: async () => {
    const url = await createDatabase(clusterUrl ?? '', 'contract');
    const database = new URL(url).pathname.slice(1);
    const store = await openPostgresStore(url);
    const others: PostgresStore[] = [];
    return {
      store,
      another: async () => {
        const other = await openPostgresStore(url);
        others.push(other);
        return other;
      },
      // The database's default for new sessions, then every open session ended: the store's
      // pool reconnects, now read-only (SQLSTATE 25006 on a write).
      readOnly: async (on) => {
        await adminQuery(
          clusterUrl ?? '',
          `ALTER DATABASE ${database} SET default_transaction_read_only = ${on ? 'on' : 'off'}`,
        );
        await adminQuery(
          clusterUrl ?? '',
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
      },
      remove: async () => {
        for (const other of others) await other.close();
        await store.close();
      },
    };
  },
};

const KERN_A: KernRecord = {
  id: '5d9e6a3c-0000-4000-8000-00000000000a',
  name: 'Lemelerveld',
  kind: 'dorp',
  parentId: null,
  active: true,
};
const KERN_B: KernRecord = {
  id: '5d9e6a3c-0000-4000-8000-00000000000b',
  name: 'dalfsen',
  kind: 'dorp',
  parentId: null,
  active: true,
};

function user(id: string, overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id,
    email: `${id}@dalfsen.test`,
    displayName: id,
    passwordHash: null,
    status: 'active',
    roles: ['gebiedsverbinder'],
    kernIds: [KERN_A.id],
    createdAt: 1000,
    updatedAt: 1000,
    ...overrides,
  };
}

function record(id: string, seq: number, scope: string[], data: object = {}): SyncRecordRow {
  return {
    table: 'people',
    id,
    seq,
    data: { id, ...data },
    fieldWrites: [[seq, 'client-1', 'u1', ['name']]],
    scope,
    deleted: false,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([sqlite, postgres])('the store contract on $name', (engine) => {
  if (engine.skip) {
    it.skip('needs PostgreSQL (see the run log)', () => undefined);
    return;
  }
  let opened: Opened;
  let store: Store;

  beforeEach(async () => {
    opened = await engine.open();
    store = opened.store;
    await store.reference.insertKern(KERN_A);
    await store.reference.insertKern(KERN_B);
  });
  afterEach(async () => {
    await opened.remove();
  });

  describe('users', () => {
    it('inserts, finds, lists by name and updates roles and kernen', async () => {
      await store.users.insert(
        user('zoe', { displayName: 'Zoë', roles: ['beheerder', 'gebiedsverbinder'] }),
      );
      await store.users.insert(
        user('anna', { displayName: 'Anna', kernIds: [KERN_B.id, KERN_A.id] }),
      );
      expect(await store.users.count()).toBe(2);
      expect((await store.users.list()).map((u) => u.id)).toEqual(['anna', 'zoe']);
      expect(await store.users.findByEmail('anna@dalfsen.test')).toEqual(
        user('anna', { displayName: 'Anna', kernIds: [KERN_A.id, KERN_B.id] }),
      );
      await store.users.update('zoe', {
        roles: ['teamleider'],
        kernIds: [],
        passwordHash: 'hash',
        status: 'deactivated',
        updatedAt: 2000,
      });
      expect(await store.users.findById('zoe')).toEqual(
        user('zoe', {
          displayName: 'Zoë',
          roles: ['teamleider'],
          kernIds: [],
          passwordHash: 'hash',
          status: 'deactivated',
          updatedAt: 2000,
        }),
      );
      expect(await store.users.findById('nobody')).toBeUndefined();
    });

    it('refuses a taken e-mail address as a duplicate key, keeping nothing of it', async () => {
      await store.users.insert(user('anna'));
      await expect(
        store.users.insert(user('other', { email: 'anna@dalfsen.test' })),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.users.count()).toBe(1);
    });
  });

  describe('reference lists', () => {
    it('refuses a taken kern name, in any case, as DuplicateKeyError', async () => {
      await expect(
        store.reference.insertKern({ ...KERN_A, id: 'kern-c', name: 'LEMELERVELD' }),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(
        store.reference.updateKern(KERN_B.id, { name: 'lemelerveld' }),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      // Only ASCII folds, as SQLite's NOCASE: É and é are different names.
      await store.reference.insertKern({ ...KERN_A, id: 'kern-e', name: 'Éde' });
      await store.reference.insertKern({ ...KERN_A, id: 'kern-f', name: 'éde' });
    });

    it('lists kernen by name without regard to case, kinds in the order added', async () => {
      await store.reference.insertKern({
        ...KERN_A,
        id: 'kern-c',
        name: 'Ankum',
        parentId: KERN_B.id,
        kind: 'buurtschap',
      });
      expect((await store.reference.listKernen()).map((k) => k.name)).toEqual([
        'Ankum',
        'dalfsen',
        'Lemelerveld',
      ]);
      await store.reference.updateKern('kern-c', { active: false });
      expect(await store.reference.findKern('kern-c')).toEqual({
        id: 'kern-c',
        name: 'Ankum',
        kind: 'buurtschap',
        parentId: KERN_B.id,
        active: false,
      });
      await store.reference.insertOrganisationKind({ id: 'k2', name: 'Zorg', active: true });
      await store.reference.insertOrganisationKind({ id: 'k1', name: 'Cultuur', active: true });
      await expect(
        store.reference.insertOrganisationKind({ id: 'k3', name: 'zorg', active: true }),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      await store.reference.updateOrganisationKind('k2', { active: false });
      expect(await store.reference.listOrganisationKinds()).toEqual([
        { id: 'k2', name: 'Zorg', active: false },
        { id: 'k1', name: 'Cultuur', active: true },
      ]);
      expect(await store.reference.findOrganisationKind('k9')).toBeUndefined();
    });

    it('keeps the feedback term, four weeks by default', async () => {
      expect(await store.reference.feedbackTerm()).toEqual({ unit: 'weeks', amount: 4 });
      await store.reference.setFeedbackTerm({ unit: 'weeks', amount: 6 });
      expect(await store.reference.feedbackTerm()).toEqual({ unit: 'weeks', amount: 6 });
    });
  });

  describe('accounts around sign-in', () => {
    it('keeps setup links, and expires only the unused ones of one user', async () => {
      await store.users.insert(user('anna'));
      await store.setupLinks.insert({
        tokenHash: 'a1',
        userId: 'anna',
        createdAt: 1,
        expiresAt: 100,
      });
      await store.setupLinks.insert({
        tokenHash: 'a2',
        userId: 'anna',
        createdAt: 1,
        expiresAt: 100,
      });
      await store.setupLinks.insert({
        tokenHash: 'f1',
        userId: null,
        createdAt: 1,
        expiresAt: 100,
      });
      await store.setupLinks.markUsed('a1', 5);
      await store.setupLinks.expireUnused('anna', 10);
      expect(await store.setupLinks.find('a1')).toEqual({
        tokenHash: 'a1',
        userId: 'anna',
        createdAt: 1,
        expiresAt: 100,
        usedAt: 5,
      });
      expect((await store.setupLinks.find('a2'))?.expiresAt).toBe(10);
      expect((await store.setupLinks.find('f1'))?.expiresAt).toBe(100);
      await store.setupLinks.expireUnused(null, 20);
      expect((await store.setupLinks.find('f1'))?.expiresAt).toBe(20);
      // An earlier expiry stays: a link never lives longer.
      await store.setupLinks.expireUnused('anna', 50);
      expect((await store.setupLinks.find('a2'))?.expiresAt).toBe(10);
    });

    it('keeps device sessions and their token pairs', async () => {
      await store.users.insert(user('anna'));
      const session = {
        id: 's1',
        userId: 'anna',
        deviceLabel: 'Telefoon',
        createdAt: 1,
        lastUsedAt: 1,
        expiresAt: 100,
        endedAt: null,
        endReason: null,
      };
      await store.sessions.insertSession(session);
      await store.sessions.insertSession({ ...session, id: 's2', lastUsedAt: 5 });
      await store.sessions.extend('s1', 10, 200);
      expect((await store.sessions.listForUser('anna')).map((s) => s.id)).toEqual(['s1', 's2']);
      await store.sessions.end('s2', 20, 'logout');
      await store.sessions.end('s2', 30, 'revoked');
      expect(await store.sessions.findSession('s2')).toEqual({
        ...session,
        id: 's2',
        lastUsedAt: 5,
        endedAt: 20,
        endReason: 'logout',
      });
      expect(await store.sessions.endAllForUser('anna', 40, 'revoked')).toBe(1);
      expect(await store.sessions.endAllForUser('anna', 50, 'revoked')).toBe(0);

      const token = {
        refreshHash: 'r1',
        sessionId: 's1',
        accessHash: 'x1',
        accessExpiresAt: 10,
        refreshExpiresAt: 100,
        issuedAt: 1,
        rotatedAt: null,
        supersededAt: null,
        parentHash: null,
        deviceId: 'd1',
      };
      await store.sessions.insertToken(token);
      await store.sessions.insertToken({
        ...token,
        refreshHash: 'r2',
        accessHash: 'x2',
        parentHash: 'r1',
        deviceId: null,
      });
      await store.sessions.markRotated('r1', 7);
      expect(await store.sessions.findTokenByRefreshHash('r1')).toEqual({ ...token, rotatedAt: 7 });
      expect((await store.sessions.findTokenByAccessHash('x2'))?.refreshHash).toBe('r2');
      expect((await store.sessions.findLiveChild('r1'))?.refreshHash).toBe('r2');
      await store.sessions.markSuperseded('r2', 8);
      expect(await store.sessions.findLiveChild('r1')).toBeUndefined();
      await expect(store.sessions.insertToken(token)).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('counts sign-in attempts and forgets old windows', async () => {
      await store.loginThrottle.put('account:a', { attempts: 1, windowStart: 100 });
      await store.loginThrottle.put('account:a', { attempts: 2, windowStart: 100 });
      await store.loginThrottle.put('address:b', { attempts: 1, windowStart: 200 });
      expect(await store.loginThrottle.find('account:a')).toEqual({
        attempts: 2,
        windowStart: 100,
      });
      await store.loginThrottle.removeStartedBy(100);
      expect(await store.loginThrottle.find('account:a')).toBeUndefined();
      expect(await store.loginThrottle.find('address:b')).toEqual({
        attempts: 1,
        windowStart: 200,
      });
      await store.loginThrottle.remove('address:b');
      expect(await store.loginThrottle.find('address:b')).toBeUndefined();
    });

    it('keeps the audit log newest first', async () => {
      for (const action of ['one', 'two', 'three']) {
        await store.audit.record({
          at: 5,
          actorId: null,
          action,
          objectType: 'user',
          objectId: 'anna',
          result: 'ok',
          origin: '127.0.0.1',
        });
      }
      const listed = await store.audit.list(2);
      expect(listed.map((entry) => entry.action)).toEqual(['three', 'two']);
      expect(listed[0]).toMatchObject({
        at: 5,
        actorId: null,
        objectType: 'user',
        origin: '127.0.0.1',
      });
      expect(typeof listed[0]?.id).toBe('number');
    });

    it('counts requests in fixed windows that start afresh', async () => {
      expect(await store.rateWindows.hit('push:a', 1000, 60)).toEqual({
        windowStart: 1000,
        hits: 1,
      });
      expect(await store.rateWindows.hit('push:a', 1030, 60)).toEqual({
        windowStart: 1000,
        hits: 2,
      });
      expect(await store.rateWindows.hit('push:b', 1030, 60)).toEqual({
        windowStart: 1030,
        hits: 1,
      });
      expect(await store.rateWindows.hit('push:a', 1060, 60)).toEqual({
        windowStart: 1060,
        hits: 1,
      });
    });
  });

  describe('sync clients and their devices', () => {
    beforeEach(async () => {
      await store.users.insert(user('anna'));
    });

    it('saves a client and its last mutation id', async () => {
      expect(await store.sync.findClient('c1')).toBeUndefined();
      await store.sync.saveClient({ clientId: 'c1', userId: 'anna', lastMutationId: 3 }, 10);
      await store.sync.saveClient({ clientId: 'c1', userId: 'anna', lastMutationId: 7 }, 20);
      expect(await store.sync.findClient('c1')).toEqual({
        clientId: 'c1',
        userId: 'anna',
        lastMutationId: 7,
      });
    });

    it('keeps what each client still has to send, growing only', async () => {
      await store.clientDevices.insert(
        { clientId: 'c1', userId: 'anna', deviceId: 'd1' },
        { count: 2, lastContactAt: 5 },
        10,
      );
      await store.clientDevices.insert(
        { clientId: 'c2', userId: 'anna', deviceId: 'd1' },
        { count: 0, lastContactAt: null },
        10,
      );
      expect(await store.clientDevices.findLost('c1')).toEqual({ count: 2, lastContactAt: 5 });
      expect(await store.clientDevices.findLost('c9')).toBeUndefined();
      await store.clientDevices.report('c1', null, { lastNumberedId: 5, waiting: 2 }, 20);
      // An older report, arrived late, is not taken; the time it was seen is.
      await store.clientDevices.report('c1', null, { lastNumberedId: 4, waiting: 1 }, 25);
      expect(await store.clientDevices.activeInBrowser('anna', 'd1', 'c2')).toEqual([
        {
          clientId: 'c1',
          lastMutationId: 0,
          outboxLastNumbered: 5,
          outboxWaiting: 2,
          lastSeenAt: 25,
        },
      ]);
      await store.clientDevices.linkSession('c1', 's1');
      await store.clientDevices.linkSession('c2', 's1');
      await store.clientDevices.report('c2', 'd1', { lastNumberedId: 1, waiting: 0 }, 30);
      // c1 owes 2 waiting + 5 numbered, c2 owes 1 numbered.
      expect(await store.clientDevices.sessionOutbox('s1')).toEqual({ count: 8, reportedAt: 30 });
      expect(await store.clientDevices.sessionOutbox('s9')).toBeNull();
      await store.clientDevices.retire('anna', { clientIds: ['c1'] }, 40);
      expect(await store.clientDevices.sessionOutbox('s1')).toEqual({ count: 1, reportedAt: 30 });
      await store.clientDevices.retire('anna', { deviceId: 'd1' }, 50);
      expect(await store.clientDevices.activeInBrowser('anna', 'd1', 'x')).toEqual([]);
      expect(await store.clientDevices.sessionOutbox('s1')).toBeNull();
    });

    it('keeps quarantined deliveries and decides each once', async () => {
      await store.sessions.insertSession({
        id: 's1',
        userId: 'anna',
        deviceLabel: 'Telefoon',
        createdAt: 1,
        lastUsedAt: 1,
        expiresAt: 100,
        endedAt: 2,
        endReason: 'revoked',
      });
      const delivery = {
        id: 'q1',
        sessionId: 's1',
        userId: 'anna',
        clientId: 'c1',
        epoch: null,
        protocolVersion: 2,
        deliveredAt: 10,
        mutationCount: 1,
        mutations: [{ id: 1, table: 'people', text: 'é \u0000 ☃' }],
      };
      await store.quarantine.insert(delivery);
      await expect(store.quarantine.insert({ ...delivery, id: 'q2' })).rejects.toBeInstanceOf(
        DuplicateKeyError,
      );
      expect(await store.quarantine.findBySession('s1')).toEqual({
        ...delivery,
        decision: null,
        outcome: null,
      });
      await store.quarantine.decide('q1', { kind: 'discarded', at: 20, by: 'anna' }, null);
      await store.quarantine.decide(
        'q1',
        { kind: 'accepted', at: 30, by: 'anna' },
        { applied: 1, rejected: 0 },
      );
      expect(await store.quarantine.find('q1')).toEqual({
        ...delivery,
        mutations: [],
        decision: { kind: 'discarded', at: 20, by: 'anna' },
        outcome: null,
      });
      expect((await store.quarantine.list(5)).map((q) => q.id)).toEqual(['q1']);
    });
  });

  describe('synced records', () => {
    it('upserts rows by table and id, giving them new seqs', async () => {
      expect(await store.sync.lastSeq()).toBe(0);
      await store.sync.putRecords([record('p1', 1, ['kern:a']), record('p2', 2, ['all'])]);
      await store.sync.putRecords([
        record('p1', 3, ['kern:b', 'kern:b'], { name: 'Jan ☃ \u0000' }),
      ]);
      expect(await store.sync.lastSeq()).toBe(3);
      expect(await store.sync.findRecord('people', 'p1')).toEqual(
        record('p1', 3, ['kern:b'], { name: 'Jan ☃ \u0000' }),
      );
      expect(await store.sync.findRecord('visits', 'p1')).toBeUndefined();
      const found = await store.sync.findRecords([
        { table: 'people', id: 'p2' },
        { table: 'people', id: 'p1' },
        { table: 'people', id: 'p2' },
        { table: 'visits', id: 'p1' },
      ]);
      expect(found.map((row) => row.id).sort()).toEqual(['p1', 'p2']);
      // A record twice in one call is stored in its last version.
      await store.sync.putRecords([record('p4', 4, ['all']), record('p4', 5, ['kern:a'])]);
      expect((await store.sync.findRecord('people', 'p4'))?.seq).toBe(5);
    });

    it('keeps the first rejection of a mutation and answers a range of them', async () => {
      await store.sync.insertRejection('c1', 2, 'forbidden');
      await store.sync.insertRejection('c1', 2, 'other');
      await store.sync.insertRejection('c1', 5, 'invalid');
      await store.sync.insertRejection('c2', 3, 'invalid');
      expect(await store.sync.rejectionsBetween('c1', 1, 4)).toEqual([
        { mutationId: 2, reason: 'forbidden' },
      ]);
      expect(await store.sync.rejectionsBetween('c1', 2, 5)).toEqual([
        { mutationId: 2, reason: 'forbidden' },
        { mutationId: 5, reason: 'invalid' },
      ]);
    });

    it('pulls pages after a cursor that the viewer may read, as computed by hand', async () => {
      // seq: scope
      // 1: all   2: kern:a   3: kern:b   4: user:u1, kern:b   5: kern:a, user:u1   6: kern:c
      await store.sync.putRecords([
        record('r1', 1, ['all']),
        record('r2', 2, ['kern:a']),
        record('r3', 3, ['kern:b']),
        record('r4', 4, ['user:u1', 'kern:b']),
        record('r5', 5, ['kern:a', 'user:u1']),
        record('r6', 6, ['kern:c']),
      ]);
      // r3 moves to seq 7 and to kern:a: its old entry (kern:b at 3) must be gone.
      await store.sync.putRecords([record('r3', 7, ['kern:a'])]);
      const seqs = async (cursor: number, keys: string[] | null, limit: number) => {
        const page = await store.sync.pullPage(cursor, keys, limit, true);
        return {
          seqs: page.rows.map((row) => row.seq),
          hasMore: page.hasMore,
          remaining: page.remaining,
        };
      };
      expect(await seqs(0, null, 10)).toEqual({
        seqs: [1, 2, 4, 5, 6, 7],
        hasMore: false,
        remaining: 0,
      });
      expect(await seqs(0, null, 4)).toEqual({ seqs: [1, 2, 4, 5], hasMore: true, remaining: 2 });
      expect(await seqs(0, ['all', 'kern:a'], 10)).toEqual({
        seqs: [1, 2, 5, 7],
        hasMore: false,
        remaining: 0,
      });
      expect(await seqs(1, ['kern:a', 'user:u1'], 2)).toEqual({
        seqs: [2, 4],
        hasMore: true,
        remaining: 2,
      });
      expect(await seqs(4, ['kern:a', 'user:u1', 'kern:a'], 2)).toEqual({
        seqs: [5, 7],
        hasMore: false,
        remaining: 0,
      });
      expect(await seqs(0, ['kern:b'], 10)).toEqual({ seqs: [4], hasMore: false, remaining: 0 });
      expect(await seqs(0, [], 10)).toEqual({ seqs: [], hasMore: false, remaining: 0 });
      expect(await seqs(7, null, 10)).toEqual({ seqs: [], hasMore: false, remaining: 0 });
      const page = await store.sync.pullPage(0, ['kern:c'], 10);
      expect(page).toEqual({
        rows: [record('r6', 6, ['kern:c'])],
        hasMore: false,
        remaining: null,
      });
    });

    it('pulls the same pages as a plain filter of the rows, for any writes', async () => {
      const KEYS = ['all', 'kern:a', 'kern:b', 'user:u1'];
      const key = fc.constantFrom(...KEYS);
      let seq = await store.sync.lastSeq();
      const model = new Map<string, { seq: number; scope: string[] }>();
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ id: fc.nat(12), scope: fc.uniqueArray(key, { maxLength: 3 }) }), {
            minLength: 1,
            maxLength: 6,
          }),
          fc.array(key, { maxLength: 3 }),
          fc.nat(40),
          fc.integer({ min: 1, max: 6 }),
          async (writes, keys, cursorBack, limit) => {
            const batch = new Map<string, SyncRecordRow>();
            for (const w of writes) batch.set(`p${w.id}`, record(`p${w.id}`, (seq += 1), w.scope));
            await store.transaction(() => store.sync.putRecords([...batch.values()]));
            for (const row of batch.values()) model.set(row.id, { seq: row.seq, scope: row.scope });
            const cursor = Math.max(0, seq - cursorBack);
            const readable = [...model.values()]
              .filter((row) => row.seq > cursor && row.scope.some((k) => keys.includes(k)))
              .map((row) => row.seq)
              .sort((a, b) => a - b);
            const page = await store.sync.pullPage(cursor, keys, limit, true);
            expect({
              seqs: page.rows.map((row) => row.seq),
              hasMore: page.hasMore,
              remaining: page.remaining,
            }).toEqual({
              seqs: readable.slice(0, limit),
              hasMore: readable.length > limit,
              remaining: Math.max(0, readable.length - limit),
            });
          },
        ),
        { numRuns: 40 },
      );
    });
  });

  describe('server history (epochs)', () => {
    it('starts a new epoch and remembers the ones before', async () => {
      const first = await store.serverEpoch();
      expect(first).toMatch(/^[0-9a-f]{32}$/);
      expect(await store.restoredAtSeq()).toBe(0);
      expect(store.newEpochSinceOpened).toBe(false);
      await store.transaction(() => store.startNewEpoch('elsewhere'));
      const second = await store.serverEpoch();
      expect(second).not.toBe(first);
      expect(store.newEpochSinceOpened).toBe(true);
      expect(await store.knowsFormerEpoch(first)).toBe(true);
      expect(await store.knowsFormerEpoch('elsewhere')).toBe(true);
      expect(await store.knowsFormerEpoch(second)).toBe(false);
      expect(await store.restoredAtSeq()).toBe(store.openedAtSeq);
      // Another process reads the new epoch from the database.
      expect(await (await opened.another()).serverEpoch()).toBe(second);
    });
  });

  describe('transactions', () => {
    it('keeps nothing of a transaction that throws', async () => {
      await expect(
        store.transaction(async () => {
          await store.users.insert(user('anna'));
          await store.sync.putRecords([record('p1', 1, ['all'])]);
          throw new Error('halfway');
        }),
      ).rejects.toThrow('halfway');
      expect(await store.users.count()).toBe(0);
      expect(await store.sync.lastSeq()).toBe(0);
    });

    it('undoes only a failed savepoint inside a transaction', async () => {
      await store.transaction(async () => {
        await store.users.insert(user('anna'));
        await expect(
          store.transaction(async () => {
            await store.users.insert(user('bert'));
            await store.reference.insertKern({ ...KERN_A, id: 'kern-x' }); // a taken name
          }),
        ).rejects.toBeInstanceOf(DuplicateKeyError);
        await store.users.insert(user('carla'));
      });
      expect((await store.users.list()).map((u) => u.id)).toEqual(['anna', 'carla']);
    });

    it('runs concurrent transactions one after the other, also from another process', async () => {
      const other = await opened.another();
      const increment = (on: Store) =>
        on.transaction(async () => {
          const counter = await on.loginThrottle.find('counter');
          await sleep(20);
          await on.loginThrottle.put('counter', {
            attempts: (counter?.attempts ?? 0) + 1,
            windowStart: 0,
          });
        });
      await Promise.all([increment(store), increment(store), increment(other), increment(other)]);
      expect(await store.loginThrottle.find('counter')).toEqual({ attempts: 4, windowStart: 0 });
    });

    it('makes seqs visible in the order handed out: a pull between two writers skips none', async () => {
      const other = await opened.another();
      let releaseFirst!: () => void;
      const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
      let firstHasSeq!: () => void;
      const firstHoldsSeq = new Promise<void>((resolve) => (firstHasSeq = resolve));
      const writer = (on: Store, id: string, hold?: Promise<void>) =>
        on.transaction(async () => {
          const seq = (await on.sync.lastSeq()) + 1;
          await on.sync.putRecords([record(id, seq, ['all'])]);
          if (hold) {
            firstHasSeq();
            await hold;
          }
          return seq;
        });
      const first = writer(store, 'first', firstMayCommit);
      await firstHoldsSeq;
      const second = writer(other, 'second');
      await sleep(100);
      // The first writer holds seq 1, uncommitted. A device pulling now must not get seq 2
      // without 1: its cursor would pass 1 for good. (PostgreSQL answers at once, with
      // neither; SQLite's pull waits for the open transaction.)
      const early = store.sync.pullPage(0, null, 10);
      await sleep(100);
      releaseFirst();
      expect(await first).toBe(1);
      expect(await second).toBe(2);
      const pulled = (await early).rows.map((row) => row.seq);
      expect([[], [1], [1, 2]]).toContainEqual(pulled);
      const late = await other.sync.pullPage(0, null, 10);
      expect(late.rows.map((row) => [row.id, row.seq])).toEqual([
        ['first', 1],
        ['second', 2],
      ]);
    });

    it('applies a retried push batch once when two processes receive it at once', async () => {
      await store.users.insert(user('anna'));
      const other = await opened.another();
      const request = {
        clientId: 'c1',
        protocolVersion: PROTOCOL_VERSION,
        epoch: null,
        mutations: [1, 2, 3].map((id) => personCreate(id, KERN_A.id, `Persoon ${String(id)}`)),
      };
      const anna = (await store.users.findById('anna')) ?? user('anna');
      const answers = await Promise.all([
        applyPush(store, anna, request, 5000),
        applyPush(other, anna, request, 5000),
        applyPush(store, anna, request, 5000),
      ]);
      expect(answers.map((answer) => answer.lastMutationId)).toEqual([3, 3, 3]);
      const page = await store.sync.pullPage(0, null, 100);
      expect(page.rows.filter((row) => row.table === 'people')).toHaveLength(3);
      expect(await store.sync.lastSeq()).toBe(3);
    });
  });

  describe('a storage that cannot take writes', () => {
    it('fails a write with StorageUnavailableError and reports it until writable again', async () => {
      expect(await store.storageFailure()).toBeNull();
      await opened.readOnly(true);
      try {
        await expect(store.users.insert(user('anna'))).rejects.toEqual(
          new StorageUnavailableError('read-only'),
        );
        await expect(
          store.transaction(() => store.sync.putRecords([record('p1', 1, ['all'])])),
        ).rejects.toBeInstanceOf(StorageUnavailableError);
        expect(await store.storageFailure()).toBe('read-only');
        // Reading goes on.
        expect((await store.reference.listKernen()).length).toBe(2);
      } finally {
        await opened.readOnly(false);
      }
      expect(await store.storageFailure()).toBeNull();
      await store.users.insert(user('anna'));
    });
  });
});

describe.skipIf(clusterUrl === null)(
  'openPostgresStore: schemas (one per tenant), start-up',
  () => {
    const stores: Store[] = [];
    afterAll(async () => {
      for (const store of stores) await store.close();
    });

    it('keeps each schema to itself, and migrates a schema once', async () => {
      const url = await createDatabase(clusterUrl ?? '', 'schemas');
      const open = async (schema: string) => {
        const store = await openPostgresStore(url, { schema });
        stores.push(store);
        return store;
      };
      const [a, alsoA, b] = await Promise.all([
        open('tenant_a'),
        open('tenant_a'),
        open('tenant_b'),
      ]);
      expect([a.schemaVersion, alsoA.schemaVersion, b.schemaVersion]).toEqual(
        Array(3).fill(LATEST_POSTGRES_SCHEMA_VERSION),
      );
      await a.reference.insertKern(KERN_A);
      await b.reference.insertKern(KERN_A); // the same name: another municipality
      await a.sync.putRecords([record('p1', 1, ['all'])]);
      expect(await b.sync.pullPage(0, null, 10)).toEqual({
        rows: [],
        hasMore: false,
        remaining: null,
      });
      expect((await alsoA.sync.pullPage(0, ['all'], 10)).rows.map((row) => row.id)).toEqual(['p1']);
      expect(await a.serverEpoch()).not.toBe(await b.serverEpoch());
      const tables = await adminQuery(
        url,
        `SELECT table_schema FROM information_schema.tables WHERE table_name = 'sync_records'
       ORDER BY table_schema`,
      );
      expect(tables.rows).toEqual([{ table_schema: 'tenant_a' }, { table_schema: 'tenant_b' }]);
    });

    it('says in one line when the database cannot be reached or cannot take writes', async () => {
      const gone = new URL(clusterUrl ?? '');
      gone.searchParams.set('host', '/nonexistent-socket-folder');
      await expect(openPostgresStore(gone.toString())).rejects.toThrow(StartupError);
      await expect(openPostgresStore(gone.toString())).rejects.toThrow(/cannot-open/);
      const url = await createDatabase(clusterUrl ?? '', 'readonly');
      await (await openPostgresStore(url)).close();
      const database = new URL(url).pathname.slice(1);
      await adminQuery(url, `ALTER DATABASE ${database} SET default_transaction_read_only = on`);
      await expect(openPostgresStore(url)).rejects.toThrow(StartupError);
      await expect(openPostgresStore(url)).rejects.toThrow(/read-only/);
    });

    it('refuses a schema name that would need quoting', async () => {
      await expect(openPostgresStore(clusterUrl ?? '', { schema: 'a; DROP' })).rejects.toThrow(
        /schema name/,
      );
    });
  },
);
