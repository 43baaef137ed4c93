import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { rawRequest } from '../support/raw-http.ts';
import { startServedApp, type ServedApp } from '../support/served-app.ts';
import { median } from './startup-time.ts';

/**
 * Issue 19: the app on a weak signal, in headless Chromium with DevTools' own network
 * emulation (CDP Network.emulateNetworkConditions, the presets of the DevTools menu) and an
 * empty cache. Measures a first visit (time until the sign-in form is usable; bytes on the
 * wire for the page and for the service worker's precache) and the first sync of the demo
 * data set, with API compression on and off.
 */
export interface NetworkProfile {
  name: string;
  latencyMs: number;
  downloadKbit: number;
  uploadKbit: number;
}

export const FAST_3G: NetworkProfile = {
  name: 'Fast 3G',
  latencyMs: 562.5,
  downloadKbit: 1440,
  uploadKbit: 675,
};
export const SLOW_3G: NetworkProfile = {
  name: 'Slow 3G',
  latencyMs: 2000,
  downloadKbit: 400,
  uploadKbit: 400,
};

/** First visits timed per network profile; the median counts. */
const USABLE_RUNS = 3;

/** The goals. */
export const USABLE_BUDGET_MS = { [FAST_3G.name]: 1500, [SLOW_3G.name]: 5000 };
export const FIRST_VISIT_BUDGET_BYTES = 250 * 1000;

/** The tools the issue compares with, measured the same way (issue 19). */
export const ANCHORS = [
  { name: 'Enketo (offline form)', fast3gMs: 7600, jsGzipKb: 521 },
  { name: 'Signalen (citizen form)', fast3gMs: 8600, fast3gMsHigh: 9000, jsGzipKb: 763 },
];

export interface FirstVisit {
  profile: string;
  /**
   * From navigation start until the e-mail field, the password field and the button stand:
   * the user can type. They come with the page (prerendered at build time).
   */
  usableMs: number;
  /** Every run's usableMs (the median is usableMs); each in a new context. */
  usableRuns: number[];
  /**
   * Until the app has taken the form over (`#app[data-live]`): "Inloggen" acts at once. A
   * press before that is kept and acted on then (src/app/first-screen/take-over.ts).
   */
  readyMs: number;
  readyRuns: number[];
  /** From navigation start until the service worker is active (the app opens offline). */
  offlineReadyMs: number;
  /** Requests the page made (document, scripts, styles, icons, manifest, API), headers included. */
  pageBytes: number;
  /** The same without status lines and headers (HTTP/2 would compress those). */
  pageBodyBytes: number;
  pageRequests: number;
  /** sw.js and the precache the worker downloads on install, headers included. */
  precacheBytes: number;
  precacheBodyBytes: number;
  precacheRequests: number;
  /**
   * Whether any precache request started before the app had taken the sign-in form over
   * (the form is usable earlier, with the page): nothing may compete with the first screen.
   */
  precacheBeforeUsable: boolean;
}

export interface FirstSync {
  role: string;
  compressed: boolean;
  /** From pressing "Inloggen" until the status line says the first sync is done. */
  ms: number;
  /** Bytes of every API request after "Inloggen" (sign-in, reference lists, pulls), with headers. */
  bytes: number;
  /** Of those, the pull answers: what the first download itself costs. */
  pullBytes: number;
  /** Records the device holds afterwards. */
  rows: number;
}

/** The path of a request's URL; a request CDP reported only its end of counts under ''. */
const pathOf = (url: string) => (URL.canParse(url) ? new URL(url).pathname : '');

const kbitToBytesPerSecond = (kbit: number) => (kbit * 1000) / 8;

async function throttle(session: CDPSession, profile: NetworkProfile): Promise<void> {
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: kbitToBytesPerSecond(profile.downloadKbit),
    uploadThroughput: kbitToBytesPerSecond(profile.uploadKbit),
  });
}

/** Bytes per request as CDP's Network events report them (encodedDataLength: on the wire). */
class WireCount {
  private readonly urls = new Map<string, string>();
  private readonly started = new Map<string, number>();
  private readonly headerBytes = new Map<string, number>();
  readonly finished: { url: string; bytes: number; bodyBytes: number; startedAt: number }[] = [];

  constructor(private readonly clock: () => number) {}

  onEvent(method: string, params: Record<string, unknown>): void {
    const requestId = params['requestId'] as string;
    if (method === 'Network.requestWillBeSent') {
      const request = params['request'] as { url: string };
      this.urls.set(requestId, request.url);
      this.started.set(requestId, this.clock());
    } else if (method === 'Network.responseReceived') {
      const response = params['response'] as { url: string; encodedDataLength: number };
      if (!this.urls.has(requestId)) this.urls.set(requestId, response.url);
      // What had arrived when the response began: its status line and headers.
      this.headerBytes.set(requestId, response.encodedDataLength);
    } else if (method === 'Network.loadingFinished') {
      const bytes = params['encodedDataLength'] as number;
      this.finished.push({
        url: this.urls.get(requestId) ?? '',
        bytes,
        bodyBytes: Math.max(0, bytes - (this.headerBytes.get(requestId) ?? 0)),
        startedAt: this.started.get(requestId) ?? 0,
      });
    }
  }

  total(filter: (url: string) => boolean = () => true): {
    bytes: number;
    bodyBytes: number;
    requests: number;
  } {
    // A request the HTTP cache answered (the precache fetching what the page just loaded as
    // immutable) moved no bytes.
    const matching = this.finished.filter((entry) => filter(pathOf(entry.url)) && entry.bytes > 0);
    return {
      bytes: matching.reduce((sum, entry) => sum + entry.bytes, 0),
      bodyBytes: matching.reduce((sum, entry) => sum + entry.bodyBytes, 0),
      requests: matching.length,
    };
  }
}

/**
 * DevTools throttles a service worker apart from the page: through the page's CDP session
 * this attaches to each new worker of the page (paused before its first line runs),
 * throttles it and counts its requests, then lets it run. Without it the precache would
 * download at full speed and the bench would hide how it competes with the page.
 */
async function throttleServiceWorkers(
  session: CDPSession,
  profile: NetworkProfile,
  count: WireCount,
): Promise<void> {
  let nextId = 1;
  const inTarget = (sessionId: string, method: string, params: object = {}) =>
    session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: nextId++, method, params }),
    });
  session.on('Target.attachedToTarget', (event) => {
    const { sessionId, targetInfo, waitingForDebugger } = event;
    void (async () => {
      if (targetInfo.type === 'service_worker') {
        await inTarget(sessionId, 'Network.enable');
        await inTarget(sessionId, 'Network.emulateNetworkConditions', {
          offline: false,
          latency: profile.latencyMs,
          downloadThroughput: kbitToBytesPerSecond(profile.downloadKbit),
          uploadThroughput: kbitToBytesPerSecond(profile.uploadKbit),
        });
      }
      if (waitingForDebugger) await inTarget(sessionId, 'Runtime.runIfWaitingForDebugger');
    })().catch(() => undefined);
  });
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as {
      method?: string;
      params?: Record<string, unknown>;
    };
    if (message.method) count.onEvent(message.method, message.params ?? {});
  });
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: false,
  });
}

async function pageWithCounts(
  context: BrowserContext,
  profile: NetworkProfile,
  workerCount?: WireCount,
): Promise<{ page: Page; count: WireCount }> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const count = new WireCount(() => performance.now());
  for (const method of [
    'Network.requestWillBeSent',
    'Network.responseReceived',
    'Network.loadingFinished',
  ] as const) {
    session.on(method, (params) => count.onEvent(method, params as Record<string, unknown>));
  }
  await throttle(session, profile);
  if (workerCount) await throttleServiceWorkers(session, profile, workerCount);
  return { page, count };
}

/**
 * sw.js itself: the browser fetches it before the worker exists, out of sight of both CDP
 * sessions. Fetched here as Chromium asks for it; status line, headers and body counted.
 */
async function workerScriptBytes(app: ServedApp): Promise<{ bytes: number; bodyBytes: number }> {
  const answer = await rawRequest(`${app.baseUrl}/sw.js`, {
    headers: { 'accept-encoding': 'gzip, deflate, br, zstd', 'service-worker': 'script' },
  });
  if (answer.status !== 200) throw new Error(`sw.js answered ${answer.status}`);
  const headerBytes = Object.entries(answer.headers).reduce(
    (sum, [name, value]) => sum + name.length + String(value).length + 4,
    'HTTP/1.1 200 OK\r\n\r\n'.length,
  );
  return { bytes: headerBytes + answer.body.length, bodyBytes: answer.body.length };
}

/** The sign-in form stands: both fields and the button (in the page, or rendered later). */
async function waitUntilUsable(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const ready =
        document.querySelector('#email') !== null &&
        document.querySelector('input[type=password]') !== null &&
        document.querySelector('form button[type=submit]') !== null;
      return ready ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The app's code has taken the sign-in form over: a press on "Inloggen" acts at once. */
async function waitUntilReady(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (document.querySelector('#app[data-live]') ? performance.now() : false),
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Times only until the sign-in form is usable and ready, in a new context (empty cache). */
export async function measureUsableMs(
  browser: Browser,
  app: ServedApp,
  profile: NetworkProfile,
): Promise<{ usableMs: number; readyMs: number }> {
  const context = await browser.newContext();
  try {
    const { page } = await pageWithCounts(context, profile, new WireCount(() => 0));
    await page.goto(`${app.baseUrl}/`, { waitUntil: 'commit', timeout: 60_000 });
    const usableMs = await waitUntilUsable(page);
    return { usableMs, readyMs: await waitUntilReady(page) };
  } finally {
    await context.close();
  }
}

export interface ResidentVisit {
  profile: string;
  /** Until the kern choice stands with its options (the form's script ran, its list came). */
  usableMs: number;
  usableRuns: number[];
  /** What the page itself moved (document, script, style sheet, kern list), headers included. */
  pageBytes: number;
  pageRequests: number;
}

/** A resident's first visit to the idea form, /idee, at 320 px (a phone). */
export async function measureResidentVisit(
  browser: Browser,
  app: ServedApp,
  profile: NetworkProfile,
): Promise<{ usableMs: number; pageBytes: number; pageRequests: number }> {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  try {
    const { page, count } = await pageWithCounts(context, profile);
    await page.goto(`${app.baseUrl}/idee`, { waitUntil: 'commit', timeout: 60_000 });
    const handle = await page.waitForFunction(
      () => (document.querySelectorAll('#kern option').length > 2 ? performance.now() : false),
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const usableMs = (await handle.jsonValue()) as number;
    const total = count.total((path) => path !== '/sw.js');
    return { usableMs, pageBytes: total.bytes, pageRequests: total.requests };
  } finally {
    await context.close();
  }
}

/** A whole first visit: until usable, then until the service worker has the app cached. */
export async function measureFirstVisit(
  browser: Browser,
  app: ServedApp,
  profile: NetworkProfile,
): Promise<FirstVisit> {
  const context = await browser.newContext();
  // Wall-clock times: the page's clock starts at its own navigation, this process's earlier.
  const workerCount = new WireCount(() => Date.now());
  try {
    const { page, count } = await pageWithCounts(context, profile, workerCount);
    await page.goto(`${app.baseUrl}/`, { waitUntil: 'commit', timeout: 60_000 });
    const usableMs = await waitUntilUsable(page);
    const readyMs = await waitUntilReady(page);
    const readyAt = (await page.evaluate(() => performance.timeOrigin)) + readyMs;
    const offlineReadyMs = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return performance.now();
    });
    // The last precache answers may still be on the way after activation is signalled.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const page_ = count.total();
    // Requests the worker made (CDP reports the ones that began before it was attached only
    // by their end, without a URL: counted by sw.js below instead).
    const workerTotal = workerCount.total((path) => path !== '');
    const script = await workerScriptBytes(app);
    return {
      profile: profile.name,
      usableMs,
      usableRuns: [usableMs],
      readyMs,
      readyRuns: [readyMs],
      offlineReadyMs,
      pageBytes: page_.bytes,
      pageBodyBytes: page_.bodyBytes,
      pageRequests: page_.requests,
      precacheBytes: workerTotal.bytes + script.bytes,
      precacheBodyBytes: workerTotal.bodyBytes + script.bodyBytes,
      precacheRequests: workerTotal.requests + 1,
      precacheBeforeUsable: workerCount.finished.some(
        (entry) => entry.url !== '' && entry.startedAt < readyAt,
      ),
    };
  } finally {
    await context.close();
  }
}

/** Signs in with a demo account and times the first download until the status line says done. */
export async function measureFirstSync(
  browser: Browser,
  app: ServedApp,
  profile: NetworkProfile,
  role: 'gebiedsverbinder' | 'teamleider',
  compressed: boolean,
): Promise<FirstSync> {
  const context = await browser.newContext();
  try {
    const { page, count } = await pageWithCounts(context, profile, new WireCount(() => 0));
    await page.goto(`${app.baseUrl}/`, { timeout: 120_000 });
    const demo = await page.evaluate(async () => {
      const answer = await fetch('/api/demo');
      return (await answer.json()) as {
        accounts: { email: string; password: string; role: string }[];
      };
    });
    const account = demo.accounts.find((candidate) => candidate.role === role);
    if (!account) throw new Error(`no demo account for ${role}: start with NOABER_DEMO=1`);
    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password);
    const before = count.finished.length;
    const started = performance.now();
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page
      .getByTestId('last-sync')
      .filter({ hasText: 'Laatst gesynchroniseerd' })
      .waitFor({ timeout: 300_000 });
    const ms = performance.now() - started;
    const rows = await page.evaluate(async () => {
      const databases = await indexedDB.databases();
      let total = 0;
      for (const { name } of databases) {
        if (!name?.startsWith('noaber-')) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error ?? new Error('open failed'));
        });
        for (const store of ['people', 'organisations', 'visits', 'initiatives']) {
          if (!db.objectStoreNames.contains(store)) continue;
          total += await new Promise<number>((resolve) => {
            const request = db.transaction(store).objectStore(store).count();
            request.onsuccess = () => resolve(request.result);
          });
        }
        db.close();
      }
      return total;
    });
    const sync = count.finished
      .slice(before)
      .filter((entry) => pathOf(entry.url).startsWith('/api/'));
    return {
      role,
      compressed,
      ms,
      bytes: sync.reduce((sum, entry) => sum + entry.bytes, 0),
      pullBytes: sync
        .filter((entry) => pathOf(entry.url) === '/api/sync/pull')
        .reduce((sum, entry) => sum + entry.bytes, 0),
      rows,
    };
  } finally {
    await context.close();
  }
}

export interface WeakSignalResult {
  visits: FirstVisit[];
  residents: ResidentVisit[];
  syncs: FirstSync[];
}

/** Two demo servers on the same build: API compression on (as shipped) and off (the switch). */
export async function runWeakSignalBench(): Promise<WeakSignalResult> {
  const browser = await launchChromium();
  const on = await startServedApp({ NOABER_DEMO: '1' });
  const off = await startServedApp({ NOABER_DEMO: '1', NOABER_COMPRESS_RESPONSES: '0' });
  try {
    const visits: FirstVisit[] = [];
    for (const profile of [FAST_3G, SLOW_3G]) {
      const visit = await measureFirstVisit(browser, on, profile);
      for (let run = 1; run < USABLE_RUNS; run += 1) {
        const { usableMs, readyMs } = await measureUsableMs(browser, on, profile);
        visit.usableRuns.push(usableMs);
        visit.readyRuns.push(readyMs);
      }
      visits.push({
        ...visit,
        usableMs: median(visit.usableRuns),
        readyMs: median(visit.readyRuns),
      });
    }
    const residents: ResidentVisit[] = [];
    for (const profile of [FAST_3G, SLOW_3G]) {
      const runs = [];
      for (let run = 0; run < USABLE_RUNS; run += 1) {
        runs.push(await measureResidentVisit(browser, on, profile));
      }
      const usableRuns = runs.map((run) => run.usableMs);
      residents.push({
        profile: profile.name,
        usableMs: median(usableRuns),
        usableRuns,
        pageBytes: runs[0]?.pageBytes ?? 0,
        pageRequests: runs[0]?.pageRequests ?? 0,
      });
    }
    const syncs: FirstSync[] = [];
    for (const role of ['gebiedsverbinder', 'teamleider'] as const) {
      syncs.push(await measureFirstSync(browser, on, FAST_3G, role, true));
      syncs.push(await measureFirstSync(browser, off, FAST_3G, role, false));
    }
    return { visits, residents, syncs };
  } finally {
    await browser.close();
    await on.stop();
    await off.stop();
  }
}

// Run alone: `npx tsx test/bench/weak-signal-bench.ts` (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runWeakSignalBench(), null, 2));
}
