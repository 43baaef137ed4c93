import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import {
  adminLogin,
  createUser,
  databaseNames,
  signIn,
  storedSession,
  USER_PASSWORD,
} from '../support/e2e-accounts.ts';

/** Access tokens last two seconds here, so that one expires during a short offline spell. */
const ACCESS_TOKEN_TTL_SECONDS = 2;

describe('signed in on a device (real Chromium, real server)', () => {
  const e2e = chromiumAndApp({ ACCESS_TOKEN_TTL_SECONDS: String(ACCESS_TOKEN_TTL_SECONDS) });
  let context: BrowserContext;
  const openContexts: BrowserContext[] = [];
  let page: Page;
  let userCount = 0;
  afterEach(async () => {
    for (const open of openContexts.splice(0)) await open.close();
  });

  async function freshUser(): Promise<{ email: string; id: string }> {
    userCount += 1;
    const email = `verbinder${userCount}@dalfsen.nl`;
    const tokens = await createUser(e2e.app.baseUrl, email, ['gebiedsverbinder']);
    return { email, id: tokens.user.id };
  }

  async function openSignedIn(email: string): Promise<void> {
    context = await e2e.browser.newContext();
    openContexts.push(context);
    page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, email, USER_PASSWORD);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  const header = () => page.locator('header');

  it('stays signed in and working offline, across a reload', async () => {
    const user = await freshUser();
    await openSignedIn(user.email);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    expect(await header().textContent()).toContain(user.email.split('@')[0]);
    await page.getByRole('link', { name: 'Kernen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kernen' }).waitFor();
    expect(await page.getByText('Log opnieuw in om te synchroniseren').count()).toBe(0);
  });

  it('refreshes an access token that expired offline, without asking to sign in', async () => {
    const user = await freshUser();
    await openSignedIn(user.email);
    const before = await storedSession(page);
    expect(before?.userId).toBe(user.id);

    await context.setOffline(true);
    await page.waitForTimeout((ACCESS_TOKEN_TTL_SECONDS + 1) * 1000);
    await context.setOffline(false); // 'online': the app checks its session with the server

    await expect
      .poll(async () => (await storedSession(page))?.refreshToken, { timeout: 10_000 })
      .not.toBe(before?.refreshToken);
    expect((await storedSession(page))?.needsSignIn).toBe(false);
    expect(await page.getByText('Log opnieuw in om te synchroniseren').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: 'Inloggen' }).count()).toBe(0);
  });

  it('warns before signing out, then wipes the local database and the tokens', async () => {
    const user = await freshUser();
    await openSignedIn(user.email);
    const userDb = `noaber-user-${user.id}`;
    expect(await databaseNames(page)).toContain(userDb);
    // One change that was never sent: the warning must count it.
    await page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            const tx = open.result.transaction('outbox', 'readwrite');
            tx.objectStore('outbox').add({
              table: 'visits',
              recordId: 'v1',
              patch: {},
              createdAt: 0,
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('write failed'));
          };
        }),
      userDb,
    );

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uitloggen?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('1 wijziging is nog niet verstuurd');
    await dialog.getByRole('button', { name: 'Uitloggen en wissen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await databaseNames(page)).not.toContain(userDb);
    expect(await storedSession(page)).toBeNull();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  });

  it('shows a second user on the same browser nothing of the first', async () => {
    const first = await freshUser();
    const second = await freshUser();
    await openSignedIn(first.email);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen en wissen' }).click();
    await signIn(page, second.email, USER_PASSWORD);

    expect(await header().textContent()).toContain(second.email.split('@')[0]);
    expect(await header().textContent()).not.toContain(first.email.split('@')[0]);
    expect((await storedSession(page))?.userId).toBe(second.id);
    const names = await databaseNames(page);
    expect(names).toContain(`noaber-user-${second.id}`);
    expect(names).not.toContain(`noaber-user-${first.id}`);
  });

  it('wipes the device when a beheerder revoked it, the next time it reaches the server', async () => {
    const user = await freshUser();
    await openSignedIn(user.email);
    await context.setOffline(true);

    const admin = await adminLogin(e2e.app.baseUrl);
    const response = await fetch(`${e2e.app.baseUrl}/api/admin/users/${user.id}/revoke-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
      body: '{}',
    });
    expect(response.status).toBe(200);

    // Offline nothing changes: the connector keeps working.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();

    await context.setOffline(false);
    await page.getByText('Je bent op dit apparaat uitgelogd door een beheerder.').waitFor();
    await expect.poll(() => databaseNames(page)).not.toContain(`noaber-user-${user.id}`);
    expect(await storedSession(page)).toBeNull();
  });
});
