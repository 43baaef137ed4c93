import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { overflowsHorizontally, seriousViolations } from '../support/axe.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { adminLogin, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';

const CONNECTOR = 'gerrit@dalfsen.nl';

/** A gebiedsverbinder for Hoonhorst, invited and set up through the API. */
async function createConnector(baseUrl: string): Promise<void> {
  const admin = await adminLogin(baseUrl);
  const kernen = (await (
    await fetch(`${baseUrl}/api/kernen`, {
      headers: { authorization: `Bearer ${admin.accessToken}` },
    })
  ).json()) as { id: string; name: string }[];
  const hoonhorst = kernen.find((kern) => kern.name === 'Hoonhorst');
  const invite = (await (
    await fetch(`${baseUrl}/api/admin/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
      body: JSON.stringify({
        email: CONNECTOR,
        displayName: 'Gerrit',
        roles: ['gebiedsverbinder'],
        kernIds: [hoonhorst?.id],
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

describe('field work offline: a visit with a new person and a follow-up (real Chromium)', () => {
  const e2e = chromiumAndApp();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await createConnector(e2e.app.baseUrl);
    context = await e2e.browser.newContext({ viewport: { width: 320, height: 720 } });
    page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, CONNECTOR, USER_PASSWORD);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The reference lists reach the device while online; from here on there is no network.
    await page.getByRole('link', { name: 'Nieuw bezoek' }).click();
    await page.getByText(/^Hoonhorst · vandaag/).waitFor();
    await context.setOffline(true);
    await e2e.app.server.stop();
  });

  it('saves a visit offline with one tap and shows it on Vandaag, also after a reload', async () => {
    // The only kern is chosen already.
    await page.getByText(/^Hoonhorst · vandaag/).waitFor();
    await page.getByLabel('Zoek een persoon of organisatie').fill('Jan Jansen');
    await page.getByRole('button', { name: '"Jan Jansen" toevoegen als nieuwe persoon' }).click();
    await page.getByLabel('Onderwerpen').fill('Speeltuin, verkeer');
    await page.getByLabel('Aantekeningen').fill('Gesprek met Jan over de speeltuin bij de school.');
    await page.getByLabel('Wat moet er nog gebeuren?').fill('Offerte speeltoestel opvragen');
    expect(await seriousViolations(page), 'new visit form').toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Bezoek opgeslagen.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Naar Vandaag' }).click();

    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    await page.getByText('Offerte speeltoestel opvragen', { exact: true }).waitFor();
    await page
      .getByText('Gesprek met Jan over de speeltuin bij de school.', { exact: true })
      .waitFor();
    expect(await seriousViolations(page), 'Vandaag with data').toEqual([]);

    await page.reload();
    await page.getByText('Offerte speeltoestel opvragen', { exact: true }).waitFor();
    await page
      .getByText('Gesprek met Jan over de speeltuin bij de school.', { exact: true })
      .waitFor();
  });

  it('keeps a half-typed visit when the page is closed, and offers it again', async () => {
    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    await page.getByLabel('Aantekeningen').fill('Half getypt verslag van het PB-overleg');
    await page.close({ runBeforeUnload: true });

    page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw bezoek' }).waitFor();
    expect(await page.getByLabel('Aantekeningen').inputValue()).toBe(
      'Half getypt verslag van het PB-overleg',
    );
  });

  it('can be filled and saved with the keyboard only', async () => {
    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw bezoek' }).waitFor();
    await page.getByLabel('Aantekeningen').fill('');
    await page.getByLabel('Zoek een persoon of organisatie').focus();
    // Tab to the notes, type, then Tab on to "Opslaan" and press Enter.
    for (
      let i = 0;
      i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'visit-notes';
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('Telefonisch gesproken met de voorzitter.');
    for (
      let i = 0;
      i < 40 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Opslaan';
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByText('Bezoek opgeslagen.', { exact: false }).waitFor();
    await page.goto(`${e2e.app.baseUrl}/`);
    await page.getByText('Telefonisch gesproken met de voorzitter.', { exact: true }).waitFor();
  });

  it('registers an initiative offline, moves it through statuses and shows the timeline', async () => {
    await page.goto(`${e2e.app.baseUrl}/initiatieven`);
    await page.getByRole('link', { name: 'Nieuw initiatief' }).click();
    await page.getByLabel('Titel').fill('Jeu de boules-baan bij het dorpshuis');
    await page.getByLabel('Omschrijving').fill('Buurtbewoners willen een baan aanleggen.');
    await page.getByRole('button', { name: 'Initiatief vastleggen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Jeu de boules-baan bij het dorpshuis' })
      .waitFor();
    expect(await seriousViolations(page), 'initiative detail').toEqual([]);

    const next = page.getByLabel('Nieuwe status');
    // Only allowed steps are offered: from ingediend not straight to afgerond.
    expect(await next.locator('option', { hasText: 'Afgerond' }).count()).toBe(0);
    for (const status of ['In gesprek', 'In behandeling', 'Ondersteund']) {
      await next.selectOption({ label: status });
      await page.getByRole('button', { name: 'Status opslaan' }).click();
      await page.locator('.facts dd', { hasText: status }).waitFor();
    }
    await next.selectOption({ label: 'Gepauzeerd' });
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await page.locator('.facts dd', { hasText: 'Gepauzeerd' }).waitFor();
    // A pause resumes where it paused, or the initiative is withdrawn (with a reason).
    const resumeOptions = await next.locator('option').allTextContents();
    expect(resumeOptions.slice(1).sort()).toEqual(['Ingetrokken', 'Ondersteund']);

    const timeline = await page.locator('.timeline .item-title').allTextContents();
    expect(timeline).toEqual([
      'Ingediend',
      'In gesprek',
      'In behandeling',
      'Ondersteund',
      'Gepauzeerd',
    ]);

    await page.getByLabel('Wat is er verteld?').fill('Gebeld: de gemeente denkt mee over de plek.');
    await page.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
    await page.getByText('Op tijd teruggekoppeld').waitFor();

    await page.reload();
    await page.locator('.timeline .item-title').nth(4).waitFor();
    expect(await page.locator('.timeline .item-title').count()).toBe(5);
    await page.goto(`${e2e.app.baseUrl}/initiatieven`);
    await page.getByRole('link', { name: 'Jeu de boules-baan bij het dorpshuis' }).waitFor();
    expect(await seriousViolations(page), 'initiatives list').toEqual([]);

    // A visit about the initiative, with a follow-up: both show on the initiative.
    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    await page.getByRole('checkbox', { name: 'Jeu de boules-baan bij het dorpshuis' }).check();
    await page.getByLabel('Aantekeningen').fill('Plek bekeken achter het dorpshuis.');
    await page.getByLabel('Wat moet er nog gebeuren?').fill('Grondeigenaar vragen');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Bezoek opgeslagen.', { exact: false }).waitFor();
    await page.goto(`${e2e.app.baseUrl}/initiatieven`);
    await page.getByRole('link', { name: 'Jeu de boules-baan bij het dorpshuis' }).click();
    await page.getByText('Grondeigenaar vragen', { exact: true }).waitFor();
    await page.getByText('Plek bekeken achter het dorpshuis.', { exact: true }).waitFor();
  });

  it('adds a Plaatselijk Belang and its chair in a kern, and shows the last contact after a visit', async () => {
    await page.goto(`${e2e.app.baseUrl}/kernen`);
    await page.getByRole('link', { name: 'Hoonhorst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoonhorst' }).waitFor();
    await page.getByRole('link', { name: 'Organisatie toevoegen' }).click();
    // Refused first: the form says what is wrong next to the field and keeps the input.
    await page.getByLabel('Telefoonnummer').fill('0529 45 12 34');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Niet alles is goed ingevuld.', { exact: false }).waitFor();
    await page.getByText('Vul dit veld in.', { exact: true }).waitFor();
    expect(await page.getByLabel('Telefoonnummer').inputValue()).toBe('0529 45 12 34');
    await page.getByLabel('Naam').fill('Plaatselijk Belang Hoonhorst');
    await page.getByLabel('Soort organisatie').selectOption({ label: 'Plaatselijk Belang' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plaatselijk Belang Hoonhorst' }).waitFor();

    await page.goto(`${e2e.app.baseUrl}/kernen`);
    await page.getByRole('link', { name: 'Hoonhorst' }).click();
    await page.getByRole('link', { name: 'Persoon toevoegen' }).click();
    await page.getByLabel('Naam').fill('Hendrika Mulder');
    await page.getByRole('button', { name: 'Rol toevoegen' }).click();
    await page
      .getByLabel('Rol 1: organisatie')
      .selectOption({ label: 'Plaatselijk Belang Hoonhorst' });
    await page.getByLabel('Rol 1: functie').selectOption({ label: 'Voorzitter' });
    expect(await seriousViolations(page), 'new person form').toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hendrika Mulder' }).waitFor();

    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    // The kern's organisation is a chip; picking it offers its chair.
    await page
      .getByRole('button', { name: '+ Plaatselijk Belang Hoonhorst (organisatie)' })
      .click();
    await page.getByRole('button', { name: '+ Hendrika Mulder (voorzitter)' }).click();
    await page.getByRole('radio', { name: 'PB-vergadering' }).check();
    await page.getByLabel('Aantekeningen').fill('Jaarvergadering: de schouw komt eraan.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Bezoek opgeslagen.', { exact: false }).waitFor();

    await page.goto(`${e2e.app.baseUrl}/kernen`);
    await page.getByRole('link', { name: 'Hoonhorst' }).click();
    await page.getByText(/^Laatste contact: /).waitFor();
    expect(await seriousViolations(page), 'kern').toEqual([]);
    await page.getByRole('link', { name: 'Plaatselijk Belang Hoonhorst' }).click();
    await page.getByText('Jaarvergadering: de schouw komt eraan.').waitFor();
    await page.getByText('Voorzitter').waitFor();
    expect(await seriousViolations(page), 'organisation').toEqual([]);
  });

  async function expectAccessibleAt320(what: string): Promise<void> {
    expect(await seriousViolations(page), what).toEqual([]);
    expect(await overflowsHorizontally(page), `${what} scrolls sideways`).toBe(false);
  }

  it('dissolves an organisation and ends a role offline; both show after a reload', async () => {
    await page.goto(`${e2e.app.baseUrl}/kernen`);
    await page.getByRole('link', { name: 'Hoonhorst' }).click();
    await page.getByRole('link', { name: 'Plaatselijk Belang Hoonhorst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plaatselijk Belang Hoonhorst' }).waitFor();
    await page.getByRole('link', { name: 'Wijzigen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Plaatselijk Belang Hoonhorst wijzigen' })
      .waitFor();
    await expectAccessibleAt320('edit organisation');

    // Dissolved without a date is refused next to the field; what was typed stays.
    await page.getByLabel('Status').selectOption({ label: 'Opgeheven' });
    await page.getByLabel('Website').fill('https://pbhoonhorst.nl');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Vul de datum in waarop de organisatie is opgeheven.').waitFor();
    expect(await page.getByLabel('Website').inputValue()).toBe('https://pbhoonhorst.nl');
    await expectAccessibleAt320('edit organisation with a problem');
    await page.getByLabel('Opgeheven per').fill('2022-12-31');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plaatselijk Belang Hoonhorst' }).waitFor();
    await page.getByText('opgeheven per 31 december 2022').waitFor();

    // The chair steps down: an end date on the role, saved with the keyboard only.
    await page.getByRole('link', { name: 'Hendrika Mulder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hendrika Mulder' }).waitFor();
    await page.getByRole('link', { name: 'Wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hendrika Mulder wijzigen' }).waitFor();
    await expectAccessibleAt320('edit person');
    // The dissolved organisation is still named on the role it had.
    expect(await page.locator('#membership-1-organisation option:checked').textContent()).toBe(
      'Plaatselijk Belang Hoonhorst',
    );
    await page.getByLabel('Rol 1: einddatum').fill('2025-06-30');
    await page.getByLabel('Rol 1: einddatum').focus();
    for (
      let i = 0;
      i < 20 &&
      (await page.evaluate(() => document.activeElement?.textContent)) !== 'Wijzigingen opslaan';
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hendrika Mulder' }).waitFor();
    await page.getByText('tot 30 juni 2025').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Hendrika Mulder' }).waitFor();
    await page.getByText('tot 30 juni 2025').waitFor();
    await expectAccessibleAt320('person with an ended role');
    await page.getByRole('link', { name: 'Plaatselijk Belang Hoonhorst' }).click();
    await page.getByText('opgeheven per 31 december 2022').waitFor();
    await page.getByText('tot 30 juni 2025').waitFor();
    // Its history stays readable.
    await page.getByText('Jaarvergadering: de schouw komt eraan.').waitFor();

    await page.goto(`${e2e.app.baseUrl}/kernen`);
    await page.getByRole('link', { name: 'Hoonhorst' }).click();
    await page.getByText(/opgeheven per 31 december 2022/).waitFor();

    // A dissolved organisation is not offered for a new visit.
    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    await page.getByLabel('Zoek een persoon of organisatie').fill('Hoonhorst');
    await page.getByText('Niemand gevonden in deze kern.').waitFor();
    await page.getByLabel('Zoek een persoon of organisatie').fill('');
  });

  it('edits an initiative offline without touching its status', async () => {
    await page.goto(`${e2e.app.baseUrl}/initiatieven`);
    await page.getByRole('link', { name: 'Jeu de boules-baan bij het dorpshuis' }).click();
    await page.getByRole('link', { name: 'Wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Initiatief wijzigen' }).waitFor();
    await page.getByRole('checkbox', { name: 'Geld uit het Noaberfonds' }).check();
    await page.getByLabel('Gevraagd bedrag in euro').fill('tien euro');
    await page.getByLabel('Thema').fill('leefbaarheid');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Vul een bedrag in euro in, bijvoorbeeld 1.250,00.').waitFor();
    await expectAccessibleAt320('edit initiative with a problem');
    await page.getByLabel('Gevraagd bedrag in euro').fill('1.250,50');
    // The Noaberfonds steps in plain words, each with a line that says what it means.
    await page.getByText('De initiatiefnemer vraagt geld uit het Noaberfonds.').waitFor();
    await page.getByLabel('Geld aangevraagd', { exact: true }).fill('2025-11-25');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Jeu de boules-baan bij het dorpshuis' })
      .waitFor();
    await page.getByText(/gevraagd €\s1\.250,50/).waitFor();
    await page.getByText(/Geld aangevraagd op 25 november 2025/).waitFor();
    await page.getByText('leefbaarheid', { exact: true }).waitFor();
    await page.locator('.facts dd', { hasText: 'Gepauzeerd' }).waitFor();
    await expectAccessibleAt320('initiative with its edits');
  });
});
