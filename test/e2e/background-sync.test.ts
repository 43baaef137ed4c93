import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { OUTBOX_SYNC_TAG } from '../../src/shared/sw-messages.ts';
import { leaderLockName, SYNC_NOW } from '../../src/sync/sync-leader.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { saveVisit, visitsOnServer } from '../support/e2e-visits.ts';

/**
 * Background Sync in real Chromium against the real server: a visit saved offline leaves the
 * outbox tag with the browser, and the service worker's `sync` event sends it, by itself when
 * no tab of the app is open, through the leading tab when one is. The event is fired with
 * DevTools' ServiceWorker.dispatchSyncEvent; Chromium may also fire it on its own once the
 * context is back online, which must change nothing: every change arrives exactly once.
 */

const SYNC_TIMEOUT_MS = 30_000;

interface SyncRequest {
  path: string;
  from: 'tab' | 'worker';
  /** The HTTP status, 'failed' (no answer), or undefined while under way. */
  outcome?: number | 'failed';
}

/** Every sync request the context sends from here on, who sent it, and how it ended. */
function recordSyncRequests(context: BrowserContext): SyncRequest[] {
  const requests: SyncRequest[] = [];
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/api/sync/')) return;
    const entry: SyncRequest = { path, from: request.serviceWorker() ? 'worker' : 'tab' };
    requests.push(entry);
    request.response().then(
      (response) => (entry.outcome = response?.status() ?? 'failed'),
      () => (entry.outcome = 'failed'),
    );
  });
  return requests;
}

const pushes = (requests: SyncRequest[]) =>
  requests
    .filter((r) => r.path === '/api/sync/push')
    .map(({ from, outcome }) => ({ from, outcome }));

/** The tags waiting in the browser's Background Sync; null when it has none (not Chromium). */
function syncTags(page: Page): Promise<string[] | null> {
  return page.evaluate(async () => {
    const registration: ServiceWorkerRegistration & {
      sync?: { getTags(): Promise<string[]> };
    } = await navigator.serviceWorker.ready;
    return registration.sync ? registration.sync.getTags() : null;
  });
}

interface DevTools {
  cdp: CDPSession;
  /** The app's service worker registration, as DevTools names it. */
  registrationId: string;
}

/**
 * DevTools on an about:blank page of the context: the ServiceWorker domain lives on page
 * targets (a browser-level session lacks it) and acts on the context's storage whatever the
 * page shows, so it can fire events with no tab of the app open. Not on the app's own tab:
 * a second session there lets a navigation forget Playwright's offline emulation
 * (navigator.onLine turned true while requests still failed).
 */
async function openDevTools(context: BrowserContext, baseUrl: string): Promise<DevTools> {
  const cdp = await context.newCDPSession(await context.newPage());
  let registrationId: string | undefined;
  cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
    const ours = registrations.find((r) => r.scopeURL === `${baseUrl}/` && !r.isDeleted);
    if (ours) registrationId = ours.registrationId;
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => registrationId, { timeout: 10_000 }).toBeDefined();
  return { cdp, registrationId: registrationId as string };
}

/** Fires the service worker's `sync` event for the outbox tag, as Chromium does once online. */
function fireOutboxSync({ cdp, registrationId }: DevTools, baseUrl: string) {
  return cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: baseUrl,
    registrationId,
    tag: OUTBOX_SYNC_TAG,
    lastChance: false,
  });
}

async function openSignedIn(context: BrowserContext, baseUrl: string, email: string) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await signIn(page, email, USER_PASSWORD);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
  await page
    .getByText('Laatst gesynchroniseerd')
    .waitFor({ state: 'attached', timeout: SYNC_TIMEOUT_MS });
  return page;
}

/** Saves a visit with the network off and checks the app left the outbox tag with Chromium. */
async function saveVisitOffline(context: BrowserContext, page: Page, notes: string) {
  await context.setOffline(true);
  await saveVisit(page, notes);
  await expect.poll(() => syncTags(page), { timeout: SYNC_TIMEOUT_MS }).toContain(OUTBOX_SYNC_TAG);
}

describe('Background Sync sends a visit saved offline (real Chromium, real server)', () => {
  const e2e = chromiumAndApp();

  const arrivedOnce = async (
    account: TokenResponse,
    notes: string,
    requests: () => SyncRequest[],
  ) => {
    const count = () => visitsOnServer(e2e.app.baseUrl, account.accessToken, notes);
    try {
      await expect.poll(count, { timeout: SYNC_TIMEOUT_MS }).toBeGreaterThan(0);
    } catch (error) {
      throw new Error(`the visit never reached the server; sync: ${JSON.stringify(requests())}`, {
        cause: error,
      });
    }
    expect(await count()).toBe(1);
  };

  it('with no tab of the app open: the service worker pushes the outbox itself, once', async () => {
    const email = 'dirk@dalfsen.nl';
    const account = await createUser(e2e.app.baseUrl, email, ['gebiedsverbinder'], ['Hoonhorst']);
    const context = await e2e.browser.newContext({ viewport: { width: 320, height: 720 } });
    const requests = recordSyncRequests(context);
    const page = await openSignedIn(context, e2e.app.baseUrl, email);
    const notes = 'Koffie met de buurtvereniging over de kerstmarkt';
    await saveVisitOffline(context, page, notes);

    const devTools = await openDevTools(context, e2e.app.baseUrl);
    await page.close();
    expect(context.pages().map((open) => open.url())).toEqual(['about:blank']);
    const sentBefore = requests.length;

    await context.setOffline(false);
    await fireOutboxSync(devTools, e2e.app.baseUrl);

    const sent = () => requests.slice(sentBefore);
    await arrivedOnce(account, notes, sent);
    // A run pulls after its push: once the worker's pull is answered, so is the push it made.
    await expect
      .poll(
        () =>
          sent().some(
            (r) => r.from === 'worker' && r.path === '/api/sync/pull' && r.outcome !== undefined,
          ),
        { timeout: SYNC_TIMEOUT_MS },
      )
      .toBe(true);
    expect(pushes(sent())).toEqual([{ from: 'worker', outcome: 200 }]);
    await context.close();
  });

  it('with a tab open: the event makes the leading tab sync; the worker sends nothing', async () => {
    const email = 'anna@dalfsen.nl';
    const account = await createUser(e2e.app.baseUrl, email, ['gebiedsverbinder'], ['Hoonhorst']);
    const context = await e2e.browser.newContext({ viewport: { width: 320, height: 720 } });
    const requests = recordSyncRequests(context);
    const page = await openSignedIn(context, e2e.app.baseUrl, email);
    const devTools = await openDevTools(context, e2e.app.baseUrl);
    await page.bringToFront(); // the app's tab, not the DevTools page opened after it
    const notes = 'Gesprek met de dorpsraad over het speelveld';
    await saveVisitOffline(context, page, notes);

    // Counts the worker's "sync now" to the leader, on the account's own channel.
    await page.evaluate(
      ({ channel, message }) => {
        const seen = window as Window & { syncNowSeen?: number };
        seen.syncNowSeen = 0;
        new BroadcastChannel(channel).onmessage = (event: MessageEvent) => {
          if (event.data === message) seen.syncNowSeen = (seen.syncNowSeen ?? 0) + 1;
        };
      },
      { channel: leaderLockName(account.user.id), message: SYNC_NOW },
    );
    const syncNowSeen = () =>
      page.evaluate(() => (window as Window & { syncNowSeen?: number }).syncNowSeen ?? 0);

    // Back online, the tab sends the visit (its `online` trigger, or the worker asking it).
    await context.setOffline(false);
    await arrivedOnce(account, notes, () => requests);
    await expect
      .poll(() => page.getByTestId('unsent').textContent(), { timeout: SYNC_TIMEOUT_MS })
      .toBe('Alles is verstuurd');

    // The tab is idle now (its next timer is minutes away): only the event can make it sync.
    const seenBefore = await syncNowSeen();
    const tabPulls = () =>
      requests.filter((r) => r.from === 'tab' && r.path === '/api/sync/pull').length;
    const pullsBefore = tabPulls();
    await fireOutboxSync(devTools, e2e.app.baseUrl);
    await expect.poll(syncNowSeen, { timeout: SYNC_TIMEOUT_MS }).toBeGreaterThan(seenBefore);
    await expect.poll(tabPulls, { timeout: SYNC_TIMEOUT_MS }).toBeGreaterThan(pullsBefore);

    expect(requests.filter((r) => r.from === 'worker')).toEqual([]);
    expect(pushes(requests)).toEqual([{ from: 'tab', outcome: 200 }]);
    expect(await visitsOnServer(e2e.app.baseUrl, account.accessToken, notes)).toBe(1);
    await context.close();
  });
});
