import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { createUser, signIn, storedSession, USER_PASSWORD } from '../support/e2e-accounts.ts';

/**
 * Issue 19: index.html carries the sign-in screen (rendered at build time), so a first visit
 * on a weak line can type at once; the app's code takes the form over when it arrives.
 */
describe('the first screen before the app has loaded (real Chromium, real server)', () => {
  const e2e = chromiumAndApp();
  const contexts: BrowserContext[] = [];
  let users = 0;
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  async function newPage(): Promise<{ page: Page; cspErrors: string[] }> {
    const context = await e2e.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    return { page, cspErrors };
  }

  /** Holds every script of the app until `release` is called: a line where they come late. */
  async function holdScripts(page: Page): Promise<() => void> {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/.*\.js$/, async (route: Route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  async function freshUser(): Promise<string> {
    users += 1;
    const email = `eerste${users}@dalfsen.nl`;
    await createUser(e2e.app.baseUrl, email, ['gebiedsverbinder']);
    return email;
  }

  it('shows a labelled sign-in form that takes typing before any script has run', async () => {
    const { page, cspErrors } = await newPage();
    const release = await holdScripts(page);
    await page.goto(`${e2e.app.baseUrl}/`, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill('iemand@dalfsen.nl');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('nog-niet-verstuurd');
    // Nothing of the app has run: the form is the page's own.
    expect(await page.locator('#app').getAttribute('data-live')).toBeNull();
    release();
    // Taken over, with what was typed still there.
    await page.locator('#app[data-live]').waitFor();
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('iemand@dalfsen.nl');
    expect(await page.getByLabel('Wachtwoord', { exact: true }).inputValue()).toBe(
      'nog-niet-verstuurd',
    );
    // The page's inline script ran: the server allows it by its hash, and nothing else.
    expect(cspErrors).toEqual([]);
  });

  it('signs in with a form sent before the app arrived, never putting the password in the address', async () => {
    const email = await freshUser();
    const { page, cspErrors } = await newPage();
    const addresses: string[] = [];
    page.on('framenavigated', (frame) => addresses.push(frame.url()));
    const release = await holdScripts(page);
    await page.goto(`${e2e.app.baseUrl}/`, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(USER_PASSWORD);
    await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
    await page.waitForTimeout(300);
    // Stopped by the page's script: no navigation, still the sign-in form.
    expect(page.url()).toBe(`${e2e.app.baseUrl}/`);
    release();
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    expect((await storedSession(page))?.userId).toBeTruthy();
    for (const address of addresses)
      expect(address).not.toContain(encodeURIComponent(USER_PASSWORD));
    expect(addresses.join(' ')).not.toContain('password');
    expect(cspErrors).toEqual([]);
  });

  it('never paints the sign-in form on a device that is signed in', async () => {
    const email = await freshUser();
    const { page } = await newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, email, USER_PASSWORD);
    // Every frame before it is painted: is the prerendered sign-in form showing?
    await page.addInitScript(() => {
      const seen = { signIn: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const look = () => {
        const app = document.getElementById('app');
        const title = document.getElementById('screen-title');
        if (app && !app.hidden && title?.textContent === 'Inloggen') seen.signIn = true;
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    for (let start = 0; start < 3; start += 1) {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
      expect(
        await page.evaluate(() => (window as unknown as { seen: { signIn: boolean } }).seen.signIn),
      ).toBe(false);
    }
  });

  it('opens the other signed-out screens without the sign-in form in the way', async () => {
    const { page } = await newPage();
    await page.goto(`${e2e.app.baseUrl}/toegankelijkheid`);
    await page.getByRole('heading', { level: 1, name: /Toegankelijkheid/ }).waitFor();
    expect(await page.getByLabel('E-mailadres').count()).toBe(0);
  });
});
