import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { adminLogin, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { startServedApp, type ServedApp } from '../support/served-app.ts';

/** A gebiedsverbinder for Hoonhorst, invited and set up through the API. */
async function createConnector(baseUrl: string, email: string): Promise<void> {
  const admin = await adminLogin(baseUrl);
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${admin.accessToken}`,
  };
  const kernen = (await (await fetch(`${baseUrl}/api/kernen`, { headers })).json()) as {
    id: string;
    name: string;
  }[];
  const invite = (await (
    await fetch(`${baseUrl}/api/admin/users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        email,
        displayName: email.split('@')[0],
        roles: ['gebiedsverbinder'],
        kernIds: [kernen.find((kern) => kern.name === 'Hoonhorst')?.id],
      }),
    })
  ).json()) as { setupLink: string };
  const token = new URL(invite.setupLink).hash.slice('#token='.length);
  const setup = await fetch(`${baseUrl}/api/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: USER_PASSWORD }),
  });
  if (!setup.ok) throw new Error(await setup.text());
}

async function saveVisit(page: Page, notes: string): Promise<void> {
  await page.goto(new URL('/bezoek/nieuw', page.url()).href);
  await page
    .getByLabel('Kern')
    .locator('option', { hasText: 'Hoonhorst' })
    .waitFor({ state: 'attached' });
  await page.getByLabel('Aantekeningen').fill(notes);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
}

async function searchFinds(page: Page, words: string): Promise<boolean> {
  await page.goto(new URL('/zoeken', page.url()).href);
  await page.getByLabel('Zoek in bezoeken').fill(words);
  try {
    await page.getByText(words, { exact: false }).first().waitFor({ timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

const status = (page: Page) => page.getByTestId('unsent');

describe('two connectors, one offline for a while, end with the same data (real Chromium)', () => {
  let browser: Browser;
  let app: ServedApp;
  let anna: { context: BrowserContext; page: Page };
  let bert: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startServedApp();
    const open = async (email: string) => {
      await createConnector(app.baseUrl, email);
      const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}/`);
      await signIn(page, email, USER_PASSWORD);
      await page.getByText('Laatst gesynchroniseerd').waitFor({ timeout: 20_000 });
      return { context, page };
    };
    anna = await open('anna@dalfsen.nl');
    bert = await open('bert@dalfsen.nl');
  });
  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('keeps the offline visit on the device, then both devices hold both visits', async () => {
    await anna.context.setOffline(true);
    await saveVisit(anna.page, 'Koffie bij de ijsclub over de baan');
    await expect.poll(() => status(anna.page).textContent()).toMatch(/wacht/);

    await saveVisit(bert.page, 'Rondje langs de speeltuin met de buurt');
    // Bert is online: his visit goes out shortly after saving.
    await expect
      .poll(() => status(bert.page).textContent(), { timeout: 15_000 })
      .toBe('Alles is verstuurd');
    expect(await status(anna.page).textContent()).toMatch(/wacht/);

    await anna.context.setOffline(false);
    await expect
      .poll(() => status(anna.page).textContent(), { timeout: 20_000 })
      .toBe('Alles is verstuurd');
    expect(await searchFinds(anna.page, 'speeltuin')).toBe(true);
    // Bert's device learns of Anna's visit on its next sync: "Nu synchroniseren".
    await bert.page.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await expect.poll(() => searchFinds(bert.page, 'ijsclub'), { timeout: 20_000 }).toBe(true);
  });
});
