import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { syncNow } from '../support/e2e-sync-line.ts';

const ELLA = 'ella.empty@dalfsen.nl';
const TEAM = 'teun.empty@dalfsen.nl';

/** Empty lists tell the truth: what this account cannot see is not "none". */
describe('truthful empty states (real Chromium)', () => {
  const e2e = chromiumAndApp();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await createUser(e2e.app.baseUrl, ELLA, ['gebiedsverbinder'], ['Hoonhorst']);
    await createUser(e2e.app.baseUrl, TEAM, ['teamleider']);
    context = await e2e.browser.newContext({ viewport: { width: 320, height: 640 } });
    page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, ELLA, USER_PASSWORD);
  });

  it('a kern the connector does not work in says so, and what they can see there', async () => {
    await page.getByRole('link', { name: 'Kernen' }).first().click();
    await page.getByRole('link', { name: 'Lemelerveld' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lemelerveld' }).waitFor();
    await page
      .getByText(/^Je werkt niet in Lemelerveld\. Je ziet hier alle organisaties/)
      .waitFor();
    await page
      .getByText('De personen van een kern waar je niet werkt, staan niet op dit apparaat.')
      .waitFor();
    expect(await page.getByText('Er zijn nog geen personen in deze kern vastgelegd.').count()).toBe(
      0,
    );
    expect(await page.getByRole('link', { name: 'Persoon toevoegen' }).count()).toBe(0);
    expect(await seriousViolations(page), 'kern outside').toEqual([]);

    // Her own kern has no such note.
    await page.goto(`${e2e.app.baseUrl}/kernen`);
    await page.getByRole('link', { name: 'Hoonhorst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoonhorst' }).waitFor();
    expect(await page.getByTestId('outside-kern').count()).toBe(0);
  });

  it('the list of initiatives nobody picked up exists, says when there are none, and reaches the teamleider', async () => {
    await page.goto(`${e2e.app.baseUrl}/initiatieven?niemand`);
    await page
      .getByText('Alle open initiatieven hebben een gebiedsverbinder.', { exact: false })
      .waitFor();
    expect(await page.getByLabel('Alleen: nog niemand opgepakt').isChecked()).toBe(true);

    await page.goto(`${e2e.app.baseUrl}/initiatieven/nieuw`);
    await page.getByLabel('Titel').fill('Bankje bij de brink');
    await page.getByLabel('Gebiedsverbinder').selectOption({ label: 'Nog niemand' });
    await page.getByRole('button', { name: 'Initiatief vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bankje bij de brink' }).waitFor();
    await syncNow(page);

    const lead = await (
      await e2e.browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await lead.goto(`${e2e.app.baseUrl}/`);
    await signIn(lead, TEAM, USER_PASSWORD);
    await lead.goto(`${e2e.app.baseUrl}/initiatieven?niemand`);
    await lead.getByRole('link', { name: 'Bankje bij de brink' }).waitFor();
    expect(await seriousViolations(lead), 'initiatives nobody picked up').toEqual([]);
  });
});
