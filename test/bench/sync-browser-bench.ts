import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { importRecords } from '../../src/server/sync-service/import-records.ts';
import { addDays } from '../../src/shared/dates/civil-date.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Person } from '../../src/shared/records/person.ts';
import type { Visit } from '../../src/shared/records/visit.ts';
import { createAccount } from '../support/accounts.ts';
import { CHROMIUM_PATH } from '../support/chromium.ts';
import { startInProcessServer } from '../support/in-process-server.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { median } from './startup-time.ts';

/** Issue #5: a new device downloads a kern's records; the user keeps working during sync. */
export const FIRST_DOWNLOAD = { people: 4_000, visits: 16_000 };
export const FIRST_DOWNLOAD_RATIO_BUDGET = 2;
export const SAVE_DURING_SYNC_RATIO_BUDGET = 2;
const DOWNLOAD_RUNS = 3;
const SAVES = 20;
const KERN = 'Nieuwleusen';
const TODAY = '2025-11-21';

const OUT_DIR = fileURLToPath(new URL('../../build/bench-sync', import.meta.url));
const CONFIG = fileURLToPath(new URL('./vite.sync-bench.config.ts', import.meta.url));
/** As test/support/chromium.ts; a persistent profile, so IndexedDB is on disk as on a device. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface SyncBrowserBenchResult {
  rows: number;
  pages: number;
  downloadMs: number;
  rawWriteMs: number;
  downloads: number[];
  rawWrites: number[];
  saveIdleMs: number;
  saveBusyMs: number;
  pageWriteMs: number;
}

const WORDS = ['overleg', 'bankjes', 'café', 'subsidie', 'vrijwilligers', 'buurtfeest', 'bus'];
const TOPICS = ['speeltuin', 'verkeer', 'groen', 'dorpshuis', 'jeugd', 'ouderen', 'schouw'];
const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/** One kern's people and visits, as valid records (importRecords checks them). */
function kernRecords(kernId: string, userId: string): { people: Person[]; visits: Visit[] } {
  const now = Date.now();
  const others = Array.from({ length: 5 }, () => newId());
  const people: Person[] = Array.from({ length: FIRST_DOWNLOAD.people }, (_, i) => ({
    id: newId(now + i),
    name: `Persoon ${i} ${pick(WORDS, i)}`,
    kernId,
    phone: i % 2 ? '0529 123456' : '',
    email: i % 3 ? `persoon${i}@example.nl` : '',
    memberships: [],
    dataBasis: 'contactpersoon vereniging',
    createdAt: now,
    updatedAt: now,
    deleted: false,
  }));
  const visits: Visit[] = Array.from({ length: FIRST_DOWNLOAD.visits }, (_, i) => {
    const authorId = i % 3 === 0 ? userId : pick(others, i);
    return {
      id: newId(now + i),
      date: addDays(TODAY, -(i % 730)),
      kernId,
      channel: 'bezoek',
      organisationIds: [],
      personIds: [pick(people, i).id],
      topics: [pick(TOPICS, i)],
      initiativeIds: [],
      noteRevisions: [
        {
          id: newId(now + i),
          text: `Gesprek ${i} over ${pick(WORDS, i)} en ${pick(WORDS, i + 3)}.`,
          createdAt: now,
          authorId,
        },
      ],
      authorId,
      createdAt: now,
      updatedAt: now,
      deleted: false,
    };
  });
  return { people, visits };
}

type Bench = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * Seeds an in-process server (real handlers, real SQLite file) with one kern's 20 000
 * records, serves the benchmark page from the same origin, and in headless Chromium times a
 * new device's first download through syncOnce against a raw IndexedDB write of the same
 * records; then a local save while pulled pages are being stored, against an idle one.
 */
export async function runSyncBrowserBench(): Promise<SyncBrowserBenchResult> {
  await build({ configFile: CONFIG });
  const server = await startInProcessServer({ staticDir: OUT_DIR });
  const profile = makeTempDir('bench-chromium');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const tokens = await createAccount(
      server,
      `download-${newId().slice(-8)}@dalfsen.test`,
      ['gebiedsverbinder'],
      [KERN],
    );
    const kernId =
      (await server.store.reference.listKernen()).find((k) => k.name === KERN)?.id ?? '';
    const { people, visits } = kernRecords(kernId, tokens.user.id);
    const started = performance.now();
    await importRecords(server.store, [
      ...people.map((record) => ({ table: 'people' as const, record })),
      ...visits.map((record) => ({ table: 'visits' as const, record })),
    ]);
    const importMs = performance.now() - started;
    console.error(`(sync bench: imported 20 000 records in ${importMs.toFixed(0)} ms)`);

    const page = context.pages()[0] ?? (await context.newPage());
    // A crashed page would leave page.evaluate waiting forever.
    const crashed = new Promise<never>((_resolve, reject) =>
      page.on('crash', () => reject(new Error('the benchmark page crashed'))),
    );
    crashed.catch(() => undefined);
    await page.goto(`${server.baseUrl}/`);
    await page.waitForFunction(() => document.title === 'ready');
    const call = <T>(method: string, arg?: unknown) =>
      Promise.race([
        crashed,
        page.evaluate(
          ({ name, value }) => {
            const run = (window as unknown as { syncBench: Bench }).syncBench[name];
            if (!run) throw new Error(`no benchmark ${name}`);
            return run(value);
          },
          { name: method, value: arg },
        ),
      ]) as Promise<T>;
    await call('setup', {
      accessToken: tokens.accessToken,
      userId: tokens.user.id,
      kernId,
      records: [...people, ...visits],
    });

    const downloads: number[] = [];
    const rawWrites: number[] = [];
    let last = { rows: 0, pages: 0 };
    for (let run = 0; run < DOWNLOAD_RUNS; run += 1) {
      // Alternate, so that whatever else the machine does hits both alike.
      const download = await call<{ ms: number; rows: number; pages: number }>('firstDownload');
      if (download.rows !== FIRST_DOWNLOAD.people + FIRST_DOWNLOAD.visits) {
        throw new Error(`the device got ${download.rows} records`);
      }
      downloads.push(download.ms);
      last = download;
      rawWrites.push(await call<number>('rawBulkWrite'));
    }

    const saves = await call<{ idleMs: number; busyMs: number; pageMs: number }>(
      'saveWhileSyncing',
      SAVES,
    );
    return {
      rows: last.rows,
      pages: last.pages,
      downloadMs: median(downloads),
      rawWriteMs: median(rawWrites),
      downloads,
      rawWrites,
      saveIdleMs: saves.idleMs,
      saveBusyMs: saves.busyMs,
      pageWriteMs: saves.pageMs,
    };
  } finally {
    await context.close();
    await server.close();
    profile.remove();
  }
}

// Run alone: `npx tsx test/bench/sync-browser-bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runSyncBrowserBench(), null, 2));
}
