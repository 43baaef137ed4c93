import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { overflowsHorizontally, seriousViolations } from '../support/axe.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { adminLogin } from '../support/e2e-accounts.ts';
import { ADMIN } from '../support/served-app.ts';

const PHONE = { width: 320, height: 640 };

/** Every screen a signed-in beheerder can open, with its heading. */
const SIGNED_IN_SCREENS = [
  ['/', 'Vandaag'],
  ['/kernen', 'Kernen'],
  ['/initiatieven', 'Initiatieven'],
  ['/initiatieven/nieuw', 'Nieuw initiatief'],
  ['/bezoek/nieuw', 'Nieuw bezoek'],
  ['/zoeken', 'Zoeken'],
  ['/instellingen', 'Meer'],
  ['/synchronisatie', 'Synchronisatie'],
  ['/toegankelijkheid', 'Toegankelijkheid'],
  ['/beheer', 'Accounts'],
  ['/beheer/kernen', 'Kernen'],
  ['/beheer/organisatiesoorten', 'Soorten organisaties'],
  ['/beheer/terugkoppeltermijn', 'Termijn voor terugkoppeling'],
] as const;

describe('accessibility (axe-core, WCAG 2.1 AA) at 320 px wide', () => {
  const e2e = chromiumAndApp();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await e2e.browser.newContext({ viewport: PHONE });
    page = await context.newPage();
  });

  async function expectAccessible(what: string): Promise<void> {
    expect(await seriousViolations(page), what).toEqual([]);
    expect(await overflowsHorizontally(page), `${what} scrolls sideways`).toBe(false);
  }

  it('signs in with the keyboard only', async () => {
    await page.goto(`${e2e.app.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await expectAccessible('sign-in');
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
  });

  it('has no serious violations on any signed-in screen', async () => {
    for (const [path, heading] of SIGNED_IN_SCREENS) {
      await page.goto(`${e2e.app.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(path);
    }
  });

  it('has no serious violations on an account, the sign-out dialog and an invitation link', async () => {
    const admin = await adminLogin(e2e.app.baseUrl);
    await page.goto(`${e2e.app.baseUrl}/beheer/accounts/${admin.user.id}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'beheer' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible('account');

    // On a phone signing out is under "Meer" (the header has no room for it).
    await page.goto(`${e2e.app.baseUrl}/instellingen`);
    await page.getByRole('button', { name: 'Uitloggen' }).filter({ visible: true }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible('sign-out dialog');
    await page.keyboard.press('Escape');

    await page.goto(`${e2e.app.baseUrl}/beheer`);
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Uitnodigen' }) });
    await form.getByLabel('Naam').fill('Toegankelijk Getest');
    await form.getByLabel('E-mailadres').fill('a11y@dalfsen.nl');
    await form.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = await page.getByLabel('Eenmalige link').inputValue();
    await expectAccessible('invitation');

    const other = await e2e.browser.newContext({ viewport: PHONE });
    const setup = await other.newPage();
    await setup.goto(link);
    await setup.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    await setup.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await setup.getByText('Het wachtwoord moet minstens 12 tekens hebben.').waitFor();
    expect(await seriousViolations(setup), 'setup form with errors').toEqual([]);
    await other.close();
  });
});
