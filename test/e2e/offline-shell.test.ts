import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { signIn } from '../support/e2e-accounts.ts';
import { ADMIN, startServedApp, type ServedApp } from '../support/served-app.ts';

async function screenTitle(page: Page): Promise<string> {
  const heading = page.locator('h1#screen-title');
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
}

describe('the app shell offline (real Chromium, real server)', () => {
  let browser: Browser;
  let app: ServedApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startServedApp();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('asks to sign in on the first visit, then shows Vandaag; the service worker takes control', async () => {
    await page.goto(`${app.baseUrl}/`);
    expect(await screenTitle(page)).toBe('Inloggen');
    await signIn(page, ADMIN.email, ADMIN.password);
    expect(await screenTitle(page)).toBe('Vandaag');
    expect(await page.title()).toBe('Vandaag – Noaber');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await waitForServiceWorkerControl(page);
  });

  it('reloads and navigates with the network off and the server stopped', async () => {
    await context.setOffline(true);
    // Not only emulated: the server is gone, so anything not in the precache fails.
    await app.server.stop();

    await page.reload();
    expect(await screenTitle(page)).toBe('Vandaag');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Je bent offline' }).isVisible())
      .toBe(true);

    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Kernen' }).click();
    expect(await screenTitle(page)).toBe('Kernen');
    expect(new URL(page.url()).pathname).toBe('/kernen');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-title');

    await menu.getByRole('link', { name: 'Initiatieven' }).click();
    expect(await screenTitle(page)).toBe('Initiatieven');
    await menu.getByRole('link', { name: 'Instellingen' }).click();
    expect(await screenTitle(page)).toBe('Instellingen');
    await page.getByRole('link', { name: 'Toegankelijkheid' }).click();
    expect(await screenTitle(page)).toBe('Toegankelijkheid');
  });

  it('opens a deep link offline from the precached shell', async () => {
    await page.goto(`${app.baseUrl}/initiatieven`);
    expect(await screenTitle(page)).toBe('Initiatieven');
    await page.goto(`${app.baseUrl}/bestaat-niet`);
    expect(await screenTitle(page)).toBe('Pagina niet gevonden');
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
    await page.goto(`${app.baseUrl}/instellingen`);
    await page.getByRole('radio', { name: 'English' }).check();
    expect(await screenTitle(page)).toBe('Settings');
    await page.reload();
    expect(await screenTitle(page)).toBe('Settings');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    expect(await screenTitle(page)).toBe('Instellingen');
  });
});
