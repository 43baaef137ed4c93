import { NoaberDatabase } from '../../../../src/db/database.ts';
import { saveNewVisit } from '../../../../src/db/repositories/visits.ts';
import { storePulledPage } from '../../../../src/db/sync-state.ts';
import { newId } from '../../../../src/shared/ids.ts';
import {
  DEFAULT_PULL_PAGE,
  type PullResponse,
} from '../../../../src/shared/sync-protocol/sync-protocol.ts';
import { requestJson } from '../../../../src/sync/api-client.ts';
import { syncOnce, type SyncTransport } from '../../../../src/sync/sync-engine.ts';

/**
 * Runs inside headless Chromium, served by the in-process server (same origin as its API):
 * the real sync engine over HTTP into a real NoaberDatabase, next to raw IndexedDB doing the
 * least it can, so the runner can report ratios.
 */
interface Setup {
  accessToken: string;
  userId: string;
  kernId: string;
  /** The records the server holds, for the raw write. */
  records: { id: string }[];
}

let setup: Setup;
/** The database of the last first download: the device the local-save bench works in. */
let device: NoaberDatabase | undefined;

const transport = (): SyncTransport => ({
  push: (body) =>
    requestJson('/api/sync/push', { method: 'POST', body, accessToken: setup.accessToken }),
  pull: (body) =>
    requestJson('/api/sync/pull', { method: 'POST', body, accessToken: setup.accessToken }),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function dropDevice(): Promise<void> {
  if (!device) return;
  device.close();
  await device.delete();
  device = undefined;
}

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
}

function deleteRaw(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
}

/** A visit as the server would send it, with a new id (a row the device does not have). */
function pulledVisit(i: number, now: number): Record<string, unknown> {
  return {
    id: newId(now + i),
    date: '2025-11-21',
    kernId: setup.kernId,
    channel: 'bezoek',
    organisationIds: [],
    personIds: [],
    topics: ['speeltuin'],
    initiativeIds: [],
    noteRevisions: [
      {
        id: newId(now + i),
        text: `Gesprek ${i} over de speeltuin.`,
        createdAt: now,
        authorId: setup.userId,
      },
    ],
    authorId: setup.userId,
    createdAt: now,
    updatedAt: now,
    deleted: false,
  };
}

function saveVisit(db: NoaberDatabase): Promise<unknown> {
  return saveNewVisit(
    db,
    { date: '2025-11-21', kernId: setup.kernId, channel: 'telefoon', notes: 'Kort gesprek.' },
    [],
    { userId: setup.userId, now: () => Date.now() },
  );
}

const bench = {
  setup(value: Setup): void {
    setup = value;
  },

  /** A new device's first sync: syncOnce pulls every page into a fresh NoaberDatabase. */
  async firstDownload(): Promise<{ ms: number; rows: number; pages: number }> {
    await dropDevice();
    const db = new NoaberDatabase(`bench-device-${newId()}`);
    await db.open();
    let pages = 0;
    const started = performance.now();
    await syncOnce(db, transport(), { onProgress: () => (pages += 1) });
    const ms = performance.now() - started;
    device = db;
    const rows = (await db.people.count()) + (await db.visits.count());
    return { ms, rows, pages };
  },

  /** The floor: the same records into one object store, a page per strict transaction. */
  async rawBulkWrite(): Promise<number> {
    const name = `bench-raw-${newId()}`;
    const raw = await openRaw(name);
    const started = performance.now();
    for (let from = 0; from < setup.records.length; from += DEFAULT_PULL_PAGE) {
      const page = setup.records.slice(from, from + DEFAULT_PULL_PAGE);
      await new Promise<void>((resolve, reject) => {
        const tx = raw.transaction('rows', 'readwrite', { durability: 'strict' });
        const store = tx.objectStore('rows');
        for (const row of page) store.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('put failed'));
      });
    }
    const ms = performance.now() - started;
    raw.close();
    await deleteRaw(name);
    return ms;
  },

  /**
   * Local saves (a visit with its outbox entry) in the downloaded device, first with nothing
   * else going on, then while storePulledPage writes 500-row pages back to back. Saves are
   * spaced by a random pause so that they land anywhere in a page write.
   */
  async saveWhileSyncing(saves: number): Promise<{
    idleMs: number;
    busyMs: number;
    pageMs: number;
    idle: number[];
    busy: number[];
  }> {
    const db = device;
    if (!db) throw new Error('run firstDownload first');
    const timeSave = async () => {
      const started = performance.now();
      await saveVisit(db);
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i += 1) await timeSave(); // warm-up
    const idle: number[] = [];
    for (let i = 0; i < saves; i += 1) {
      idle.push(await timeSave());
      await sleep(Math.random() * 30);
    }

    const stop = new AbortController();
    const pageTimes: number[] = [];
    let cursor = 10_000_000;
    const writer = (async () => {
      while (!stop.signal.aborted) {
        const now = Date.now();
        const rows = Array.from({ length: DEFAULT_PULL_PAGE }, (_, i) => {
          const data = pulledVisit(i, now);
          return { table: 'visits' as const, id: String(data['id']), seq: ++cursor, data };
        });
        const page: PullResponse = {
          rows,
          cursor,
          hasMore: true,
          remaining: 1_000,
          lastMutationId: 0,
          epoch: 'bench',
          lostChanges: null,
          scope: 'bench',
        };
        const started = performance.now();
        await storePulledPage(db, page);
        pageTimes.push(performance.now() - started);
      }
    })();
    await sleep(50); // the first page is under way
    const busy: number[] = [];
    for (let i = 0; i < saves; i += 1) {
      busy.push(await timeSave());
      await sleep(Math.random() * 30);
    }
    stop.abort();
    await writer;
    return { idleMs: median(idle), busyMs: median(busy), pageMs: median(pageTimes), idle, busy };
  },
};

(window as unknown as { syncBench: typeof bench }).syncBench = bench;
document.title = 'ready';
