import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';

const DIRK = 'dirk.device@dalfsen.nl';

/**
 * Runs before the app's own scripts: while `localStorage['test-broken-idb']` is set, opening
 * an account's database fails as it does in a browser without usable storage (the session's
 * own small store still opens, so the app knows who is signed in).
 */
function breakAccountDatabases() {
  const factory = window.indexedDB;
  const realOpen = factory.open.bind(factory);
  factory.open = (name: string, version?: number) => {
    if (!name.startsWith('noaber-user-') || !window.localStorage.getItem('test-broken-idb')) {
      return realOpen(name, version);
    }
    const request = realOpen(`broken-${String(Math.random())}`, 1);
    const fail = new DOMException('Internal error opening backing store', 'UnknownError');
    Object.defineProperty(request, 'error', { get: () => fail });
    Object.defineProperty(request, 'result', {
      get: () => {
        throw fail;
      },
    });
    request.addEventListener('success', (event) => {
      event.stopImmediatePropagation();
      request.onerror?.(new Event('error'));
    });
    return request;
  };
}

describe('the device cannot open its database (real Chromium)', () => {
  const e2e = chromiumAndApp();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await createUser(e2e.app.baseUrl, DIRK, ['gebiedsverbinder'], ['Hoonhorst']);
    context = await e2e.browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(breakAccountDatabases);
    page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, DIRK, USER_PASSWORD);
  });

  it('says so in words with what to do, never a blank screen, and recovers on "Opnieuw proberen"', async () => {
    await page.evaluate(() => window.localStorage.setItem('test-broken-idb', '1'));
    await page.reload();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Noaber kan de gegevens op dit apparaat niet openen',
      })
      .waitFor();
    await page.getByText(/Sluit andere tabbladen met Noaber/).waitFor();
    const retry = page.getByRole('button', { name: 'Opnieuw proberen' });
    await retry.waitFor();
    expect(await seriousViolations(page), 'device problem').toEqual([]);
    expect(await page.title()).toMatch(/niet openen/);

    await page.evaluate(() => window.localStorage.removeItem('test-broken-idb'));
    await retry.click();
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
  });
});
