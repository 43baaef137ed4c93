import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../support/chromium.ts';
import { median } from './startup-time.ts';

/** Issue #4: the data set the budgets are measured on. */
export const BENCH_DATA = { visits: 10_000, people: 2_000, initiatives: 500 };
const RUNS = 25;
const SEARCHES = ['speeltuin', 'cafe', 'vrijwilligers school', 'persoon 1999', 'initiatief 42'];

const OUT_DIR = fileURLToPath(new URL('../../build/bench', import.meta.url));
const CONFIG = fileURLToPath(new URL('./vite.bench.config.ts', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

export interface RecordsBenchResult {
  saveVisitMs: number;
  rawPutMs: number;
  openTodayMs: number;
  openInitiativesMs: number;
  openNewVisitMs: number;
  openVisitMs: number;
  searchMs: number;
}

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = join(
      dir,
      (request.url ?? '/') === '/' ? 'index.html' : (request.url ?? '').split('?')[0]!,
    );
    if (!path.startsWith(dir) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

type Bench = Record<string, (...args: unknown[]) => Promise<number>>;

/**
 * Builds the benchmark page, loads it in headless Chromium, fills a database with the
 * issue's data set and times the repository and the queries against raw IndexedDB.
 */
export async function runRecordsBench(): Promise<RecordsBenchResult> {
  await build({ configFile: CONFIG });
  const server = await serve(OUT_DIR);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => document.title === 'ready');
    await page.evaluate(
      (counts) => (window as unknown as { bench: Bench }).bench['seed']!(counts),
      BENCH_DATA,
    );

    const call = (name: string, arg?: string) =>
      page.evaluate(
        ({ method, value }) => {
          const run = (window as unknown as { bench: Bench }).bench[method];
          if (!run) throw new Error(`no benchmark ${method}`);
          return run(value);
        },
        { method: name, value: arg },
      );
    const save: number[] = [];
    const raw: number[] = [];
    const today: number[] = [];
    const initiatives: number[] = [];
    const search: number[] = [];
    const newVisit: number[] = [];
    const visit: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Alternate, so that whatever else the machine does hits both alike.
      save.push(await call('saveVisit'));
      raw.push(await call('rawPut'));
      today.push(await call('openToday'));
      initiatives.push(await call('openInitiatives'));
      search.push(await call('search', SEARCHES[run % SEARCHES.length]));
      newVisit.push(await call('openNewVisit'));
      visit.push(await call('openVisit'));
    }
    return {
      saveVisitMs: median(save),
      rawPutMs: median(raw),
      openTodayMs: median(today),
      openInitiativesMs: median(initiatives),
      openNewVisitMs: median(newVisit),
      openVisitMs: median(visit),
      searchMs: median(search),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
