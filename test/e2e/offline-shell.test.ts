import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { signIn } from '../support/e2e-accounts.ts';
import { ADMIN } from '../support/served-app.ts';

/**
 * The screen heading once the screen has changed: a lazy screen replaces the previous one
 * only when its chunk has loaded, so the old heading may still show right after a click.
 */
async function expectScreen(page: Page, title: string): Promise<void> {
  await expect
    .poll(() => page.locator('h1#screen-title').first().textContent(), { timeout: 15_000 })
    .toBe(title);
}

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
}

describe('the app shell offline (real Chromium, real server)', () => {
  const e2e = chromiumAndApp();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await e2e.browser.newContext();
    page = await context.newPage();
  });

  it('asks to sign in on the first visit, then shows Vandaag; the service worker takes control', async () => {
    await page.goto(`${e2e.app.baseUrl}/`);
    await expectScreen(page, 'Inloggen');
    await signIn(page, ADMIN.email, ADMIN.password);
    await expectScreen(page, 'Vandaag');
    expect(await page.title()).toBe('Vandaag – Noaber');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await waitForServiceWorkerControl(page);
  });

  it('reloads and navigates with the network off and the server stopped', async () => {
    await context.setOffline(true);
    // Not only emulated: the server is gone, so anything not in the precache fails.
    await e2e.app.server.stop();

    await page.reload();
    await expectScreen(page, 'Vandaag');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Je bent offline' }).isVisible())
      .toBe(true);

    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Kernen' }).click();
    await expectScreen(page, 'Kernen');
    expect(new URL(page.url()).pathname).toBe('/kernen');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-title');

    await menu.getByRole('link', { name: 'Initiatieven' }).click();
    await expectScreen(page, 'Initiatieven');
    await menu.getByRole('link', { name: 'Meer' }).click();
    await expectScreen(page, 'Meer');
    await page.getByRole('main').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await expectScreen(page, 'Toegankelijkheid');
  });

  it('opens a deep link offline from the precached shell', async () => {
    await page.goto(`${e2e.app.baseUrl}/initiatieven`);
    await expectScreen(page, 'Initiatieven');
    await page.goto(`${e2e.app.baseUrl}/bestaat-niet`);
    await expectScreen(page, 'Pagina niet gevonden');
  });

  it('never answers the API from a cache', async () => {
    const outcome = await page.evaluate(async () => {
      try {
        const response = await fetch('/api/health');
        return `answered ${response.status}`;
      } catch {
        return 'failed';
      }
    });
    expect(outcome).toBe('failed');
    const cachedUrls = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cachedUrls.length).toBeGreaterThan(5);
    expect(cachedUrls.filter((url) => new URL(url).pathname.startsWith('/api'))).toEqual([]);
  });

  it('switches to English and keeps that choice on this device, offline', async () => {
    await page.goto(`${e2e.app.baseUrl}/instellingen`);
    await page.getByRole('radio', { name: 'English' }).check();
    await expectScreen(page, 'More');
    await page.reload();
    await expectScreen(page, 'More');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await expectScreen(page, 'Meer');
  });
});
