import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { overflowsHorizontally, seriousViolations } from '../support/axe.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { adminLogin, createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { focusOnHeading, navigateInApp, smallTargets } from '../support/tap-targets.ts';
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
  ['/beheer/quarantaine', 'Ter controle'],
  ['/beheer/bewaartermijnen', 'Bewaartermijnen'],
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

/**
 * The field screens, with records in them, for a gebiedsverbinder who also leads the team
 * (so the Overzicht is reachable): axe clean, no sideways scroll, every control at least
 * 24 × 24 px and every primary button 44 × 44 (WCAG 2.2 2.5.8), and after an in-app
 * navigation the keyboard focus on the new screen's heading (WCAG 2.4.3).
 */
describe('field screens at 320 × 640: axe, tap targets, focus after navigation', () => {
  const e2e = chromiumAndApp();
  let page: Page;
  const ids = { visit: '', initiative: '', kern: '', organisation: '', person: '' };
  const idIn = (url: string) => url.split('/').at(-1) ?? '';

  beforeAll(async () => {
    await createUser(
      e2e.app.baseUrl,
      'fenna.a11y@dalfsen.nl',
      ['gebiedsverbinder', 'teamleider'],
      ['Hoonhorst'],
    );
    const context = await e2e.browser.newContext({ viewport: PHONE });
    page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, 'fenna.a11y@dalfsen.nl', USER_PASSWORD);

    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    await page.getByLabel('Aantekeningen').fill('Koffie bij de ijsclub.');
    await page.getByLabel('Wat moet er nog gebeuren?').fill('Offerte opvragen');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('link', { name: 'Bekijk het bezoek' }).click();
    await page.getByRole('heading', { level: 1, name: /^Bezoek van / }).waitFor();
    ids.visit = idIn(page.url());

    await page.goto(`${e2e.app.baseUrl}/initiatieven/nieuw`);
    await page.getByLabel('Titel').fill('Speeltuin bij de school');
    await page.getByRole('button', { name: 'Initiatief vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Speeltuin bij de school' }).waitFor();
    ids.initiative = idIn(page.url());

    await page.goto(`${e2e.app.baseUrl}/kernen`);
    await page.getByRole('link', { name: 'Hoonhorst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoonhorst' }).waitFor();
    ids.kern = idIn(page.url());
    await page.goto(`${e2e.app.baseUrl}/kernen/${ids.kern}/organisatie-nieuw`);
    await page.getByLabel('Naam').fill('IJsclub Hoonhorst');
    await page.getByLabel('E-mailadres').fill('ijsclub@example.nl');
    await page.getByLabel('Telefoonnummer').fill('0529 123 456');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'IJsclub Hoonhorst' }).waitFor();
    ids.organisation = idIn(page.url());
    await page.goto(`${e2e.app.baseUrl}/kernen/${ids.kern}/persoon-nieuw`);
    await page.getByLabel('Naam').fill('Erik ter Haar');
    await page.getByLabel('Telefoonnummer').fill('06 12345678');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erik ter Haar' }).waitFor();
    ids.person = idIn(page.url());
    await page.goto(`${e2e.app.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
  });

  it('holds on every main screen, including the visit, its edit, Meer and the Overzicht', async () => {
    const screens: [string, RegExp][] = [
      ['/kernen', /^Kernen$/],
      [`/kernen/${ids.kern}`, /^Hoonhorst$/],
      [`/organisaties/${ids.organisation}`, /^IJsclub Hoonhorst$/],
      [`/organisaties/${ids.organisation}/wijzigen`, /IJsclub Hoonhorst|wijzigen/],
      [`/personen/${ids.person}`, /^Erik ter Haar$/],
      [`/personen/${ids.person}/wijzigen`, /Erik ter Haar/],
      [`/personen/${ids.person}/privacy`, /^Privacy van Erik ter Haar$/],
      ['/initiatieven', /^Initiatieven$/],
      [`/initiatieven/${ids.initiative}`, /^Speeltuin bij de school$/],
      [`/initiatieven/${ids.initiative}/wijzigen`, /^Initiatief wijzigen$/],
      ['/initiatieven/nieuw', /^Nieuw initiatief$/],
      ['/bezoek/nieuw', /^Nieuw bezoek$/],
      [`/bezoeken/${ids.visit}`, /^Bezoek van /],
      [`/bezoeken/${ids.visit}/wijzigen`, /^Bezoek van .* wijzigen$/],
      ['/zoeken', /^Zoeken$/],
      ['/overzicht', /^Overzicht$/],
      ['/instellingen', /^Meer$/],
      ['/synchronisatie', /^Synchronisatie$/],
      ['/toegankelijkheid', /^Toegankelijkheid$/],
      ['/', /^Vandaag$/],
    ];
    const problems: string[] = [];
    for (const [path, heading] of screens) {
      await navigateInApp(page, path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expect
        .poll(() => focusOnHeading(page), { message: `${path}: focus on its heading` })
        .toBe(true);
      await page.waitForLoadState('networkidle');
      for (const small of await smallTargets(page)) problems.push(`${path}: ${small}`);
      expect(await seriousViolations(page), path).toEqual([]);
      expect(await overflowsHorizontally(page), `${path} scrolls sideways`).toBe(false);
    }
    expect(problems).toEqual([]);
  });

  it('offers phone numbers and e-mail addresses as tel: and mailto: links', async () => {
    await navigateInApp(page, `/organisaties/${ids.organisation}`);
    await page.getByRole('link', { name: '0529 123 456' }).waitFor();
    expect(await page.getByRole('link', { name: '0529 123 456' }).getAttribute('href')).toBe(
      'tel:0529123456',
    );
    expect(await page.getByRole('link', { name: 'ijsclub@example.nl' }).getAttribute('href')).toBe(
      'mailto:ijsclub@example.nl',
    );
  });

  it('on a laptop shows the list beside the chosen initiative and kern', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await navigateInApp(page, `/initiatieven/${ids.initiative}`);
    const list = page.getByRole('navigation', { name: 'Initiatieven in Hoonhorst' });
    await list.waitFor();
    expect(
      await list
        .getByRole('link', { name: 'Speeltuin bij de school' })
        .getAttribute('aria-current'),
    ).toBe('page');
    const [listBox, headingBox] = await Promise.all([
      list.boundingBox(),
      page.getByRole('heading', { level: 1, name: 'Speeltuin bij de school' }).boundingBox(),
    ]);
    // Side by side: the list left of the record, not above it.
    expect((listBox?.x ?? 0) + (listBox?.width ?? 0)).toBeLessThanOrEqual(headingBox?.x ?? 0);
    expect(await seriousViolations(page), 'initiative with its list').toEqual([]);

    await navigateInApp(page, `/kernen/${ids.kern}`);
    const kernen = page.getByRole('navigation', { name: 'Kernen' });
    await kernen.getByRole('link', { name: 'Hoonhorst' }).waitFor();
    expect(await kernen.getByRole('link', { name: 'Hoonhorst' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await seriousViolations(page), 'kern with its list').toEqual([]);
    await page.setViewportSize(PHONE);
    // On a phone the list is not there at all (once the width change has been rendered).
    await expect.poll(() => page.getByRole('navigation', { name: 'Kernen' }).count()).toBe(0);
  });
});
