import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { syncNow } from '../support/e2e-sync-line.ts';
import { rowsOnServer } from '../support/e2e-visits.ts';
import type { TokenResponse } from '../../src/shared/auth-api.ts';

const ANNA = 'anna.visits@dalfsen.nl';
const BERT = 'bert.visits@dalfsen.nl';

describe('a saved visit can be opened, corrected and removed (real Chromium)', () => {
  const e2e = chromiumAndApp();
  let context: BrowserContext;
  let page: Page;
  let anna: TokenResponse;
  let visitUrl = '';

  beforeAll(async () => {
    anna = await createUser(e2e.app.baseUrl, ANNA, ['gebiedsverbinder'], ['Hoonhorst']);
    await createUser(e2e.app.baseUrl, BERT, ['gebiedsverbinder'], ['Hoonhorst']);
    context = await e2e.browser.newContext({ viewport: { width: 320, height: 640 } });
    page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, ANNA, USER_PASSWORD);
  });

  /** What the server holds of the visit with this id, as Anna may read it. */
  async function visitOnServer(id: string) {
    const rows = await rowsOnServer(e2e.app.baseUrl, anna.accessToken);
    return rows.find((row) => row.table === 'visits' && row.id === id);
  }

  it('opens a visit from Vandaag with everything it holds', async () => {
    await page.getByRole('link', { name: 'Nieuw bezoek' }).click();
    await page.getByText(/^Hoonhorst · vandaag/).waitFor();
    await page.getByLabel('Aantekeningen').fill('Eerste versie van het verslag.');
    await page.getByLabel('Onderwerpen').fill('ijsbaan');
    await page.getByLabel('Wat moet er nog gebeuren?').fill('Vergunning navragen');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('link', { name: 'Bekijk het bezoek' }).click();
    await page.getByRole('heading', { level: 1, name: /^Bezoek van / }).waitFor();
    visitUrl = page.url();
    await page.getByText('Eerste versie van het verslag.').waitFor();
    await page.getByText('ijsbaan').waitFor();
    await page.getByText('Vergunning navragen', { exact: true }).waitFor();
    await page.getByText(/^Uiterlijk \d+ \w+ \d{4}$/).waitFor();
    expect(await seriousViolations(page), 'visit screen').toEqual([]);

    await page.goto(`${e2e.app.baseUrl}/`);
    await page.getByRole('link', { name: /· Hoonhorst$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Bezoek van / }).waitFor();
    expect(page.url()).toBe(visitUrl);
  });

  it('corrects the notes as a new version, keeps the earlier one readable, and edits the channel', async () => {
    await page.getByRole('link', { name: 'Bezoek wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: /wijzigen$/ }).waitFor();
    await page.getByLabel('Aantekeningen').fill('Tweede versie: ook de brandweer was er.');
    await page.getByRole('radio', { name: 'Telefoon' }).check();
    expect(await seriousViolations(page), 'edit visit').toEqual([]);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Tweede versie: ook de brandweer was er.').waitFor();
    await page.locator('.facts dd', { hasText: 'Telefoon' }).waitFor();
    await page.getByText('Eerdere versies (1)').click();
    await page.getByText('Eerste versie van het verslag.').waitFor();

    await syncNow(page);
    await expect
      .poll(async () => {
        const row = await visitOnServer(visitUrl.split('/').at(-1) ?? '');
        return [
          row?.data['channel'],
          (row?.data['noteRevisions'] as unknown[] | undefined)?.length,
        ];
      })
      .toEqual(['telefoon', 2]);
  });

  it('marks an action done with a moment to undo, hands it to a named colleague, deletes it', async () => {
    await page.getByRole('button', { name: /^Klaar\b.*Vergunning navragen/ }).click();
    await page.getByText('"Vergunning navragen" is klaar.').waitFor();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('button', { name: /^Klaar\b.*Vergunning navragen/ }).waitFor();

    await page.getByRole('button', { name: /^Wijzigen\b.*Vergunning navragen/ }).click();
    await page.getByLabel('Wie doet het?').selectOption({ label: 'bert.visits' });
    await page.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.getByText('Voor bert.visits').waitFor();

    await page.getByRole('button', { name: /^Verwijderen\b.*Vergunning navragen/ }).click();
    await page.getByRole('dialog').waitFor();
    expect(await seriousViolations(page), 'delete question').toEqual([]);
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('Geen vervolgacties.').waitFor();
  });

  it('deletes the visit after a question: a tombstone on the server, gone from Vandaag', async () => {
    const id = visitUrl.split('/').at(-1) ?? '';
    await page.getByRole('button', { name: 'Bezoek verwijderen' }).click();
    await page.getByRole('button', { name: 'Nee, toch niet' }).click();
    await page.getByRole('heading', { level: 1, name: /^Bezoek van / }).waitFor();
    await page.getByRole('button', { name: 'Bezoek verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    await page.getByText('Je hebt nog geen bezoeken vastgelegd.').waitFor();
    await syncNow(page);
    await expect.poll(async () => (await visitOnServer(id))?.data['deleted']).toBe(true);
    await page.goto(visitUrl);
    await page
      .getByText('Dit bezoek staat niet (meer) op dit apparaat.', { exact: false })
      .waitFor();
  });
});
