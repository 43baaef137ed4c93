import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { createUser, databaseNames, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { saveVisit } from '../support/e2e-visits.ts';

/**
 * The browser wipes the app's storage while it is open (real Chromium, real server): the tab
 * must say so and ask for a new sign-in, never show an empty app that says all is sent.
 */
describe('storage the browser wiped (real Chromium, real server)', () => {
  const e2e = chromiumAndApp();
  const openContexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const open of openContexts.splice(0)) await open.close();
  });

  async function signedInTab(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await e2e.browser.newContext();
    openContexts.push(context);
    // Storage that is not persistent, as on a phone browser that was not installed.
    await context.addInitScript(() => {
      StorageManager.prototype.persisted = () => Promise.resolve(false);
      StorageManager.prototype.persist = () => Promise.resolve(false);
    });
    const page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, email, USER_PASSWORD);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    return { context, page };
  }

  it('says the data was wiped and asks to sign in again when the database is deleted under it', async () => {
    const email = 'gewist@dalfsen.nl';
    const user = await createUser(e2e.app.baseUrl, email, ['gebiedsverbinder'], ['Hoonhorst']);
    const { context, page } = await signedInTab(email);
    const userDb = `noaber-user-${user.user.id}`;
    // Another page of the same site, which does not run the app.
    const other = await context.newPage();
    await other.goto(`${e2e.app.baseUrl}/api/health`);

    await context.setOffline(true);
    await saveVisit(page, 'Gesprek dat nog niet verstuurd is');
    const status = page.locator('.sync-status');
    await status.getByText('1 wijziging wacht').waitFor();
    // Changes wait in storage the browser may wipe: said, with the step for this platform.
    await page.getByTestId('keep-data').waitFor();
    expect(await page.getByTestId('keep-data').textContent()).toContain('Installeer de app');

    await other.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error('delete failed'));
        }),
      userDb,
    );

    await page
      .getByRole('heading', { level: 1, name: 'De gegevens op dit apparaat zijn gewist' })
      .waitFor();
    expect(await page.getByText('Alles is verstuurd').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: 'Vandaag' }).count()).toBe(0);
    // The tab does not quietly make a new, empty database under the same name.
    await page.waitForTimeout(1_000);
    expect(await databaseNames(page)).not.toContain(userDb);

    await page.getByRole('button', { name: 'Opnieuw inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await context.setOffline(false);
    await signIn(page, email, USER_PASSWORD);
    expect(await databaseNames(page)).toContain(userDb);
  });
});
