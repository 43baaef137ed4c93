import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { adminLogin, createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { overflowsHorizontally, seriousViolations } from '../support/axe.ts';
import { newRecord, rawPusher } from '../support/pushed-records.ts';
import { rowsOnServer } from '../support/e2e-visits.ts';
import { syncNow } from '../support/e2e-sync-line.ts';

/**
 * The app offers only what the server will accept, asked of the same permission model: in
 * real Chromium, against the real server, with records a colleague synced before.
 */
describe('what each role is offered (real Chromium)', () => {
  const e2e = chromiumAndApp();
  let bert: TokenResponse;
  const kern: Record<string, string> = {};
  let organisationId: string;
  let initiativeId: string;

  const openAs = async (email: string): Promise<Page> => {
    const context = await e2e.browser.newContext({ viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, email, USER_PASSWORD);
    await page.getByText('Laatst gesynchroniseerd').waitFor({ state: 'attached', timeout: 20_000 });
    return page;
  };
  const readOnly = (page: Page) => page.getByTestId('read-only');

  beforeAll(async () => {
    const admin = await adminLogin(e2e.app.baseUrl);
    const kernen = (await (
      await fetch(`${e2e.app.baseUrl}/api/kernen`, {
        headers: { authorization: `Bearer ${admin.accessToken}` },
      })
    ).json()) as { id: string; name: string }[];
    for (const { id, name } of kernen) kern[name] = id;
    const kinds = (await (
      await fetch(`${e2e.app.baseUrl}/api/organisation-kinds`, {
        headers: { authorization: `Bearer ${admin.accessToken}` },
      })
    ).json()) as { id: string }[];
    // Bert works in Hoonhorst and registers what the others then see there.
    bert = await createUser(
      e2e.app.baseUrl,
      'bert@dalfsen.nl',
      ['gebiedsverbinder'],
      ['Hoonhorst'],
    );
    const push = rawPusher(e2e.app.baseUrl, bert.accessToken);
    const place = {
      kernId: kern['Hoonhorst'] ?? '',
      kindId: kinds[0]?.id ?? '',
      userId: bert.user.id,
    };
    const organisation: Record<string, unknown> = {
      ...newRecord('organisations', place),
      name: 'IJsclub Hoonhorst',
    };
    const initiative: Record<string, unknown> = {
      ...newRecord('initiatives', place),
      title: 'Jeu de boules-baan',
    };
    organisationId = String(organisation['id']);
    initiativeId = String(initiative['id']);
    const answer = await push([
      { table: 'organisations', recordId: organisationId, kind: 'create', patch: organisation },
      { table: 'initiatives', recordId: initiativeId, kind: 'create', patch: initiative },
    ]);
    expect(answer).toEqual({ status: 200, rejected: [] });
    await createUser(e2e.app.baseUrl, 'carl@dalfsen.nl', ['gebiedsverbinder'], ['Lemelerveld']);
    await createUser(e2e.app.baseUrl, 'lea@dalfsen.nl', ['teamleider']);
    await createUser(e2e.app.baseUrl, 'bea@dalfsen.nl', ['beheerder'], ['Hoonhorst']);
  });

  it('shows a connector another kern to read, and says why it cannot be changed', async () => {
    const page = await openAs('carl@dalfsen.nl');
    await page.goto(`${e2e.app.baseUrl}/kernen/${kern['Hoonhorst'] ?? ''}`);
    // The kern says that Carl does not work there, and what he can see of it.
    await expect
      .poll(() => page.getByTestId('outside-kern').textContent())
      .toMatch(/^Je werkt niet in Hoonhorst\. Je ziet hier alle organisaties van Hoonhorst/);
    expect(await page.getByRole('link', { name: 'Organisatie toevoegen' }).count()).toBe(0);
    await page.getByRole('link', { name: 'IJsclub Hoonhorst' }).click();
    await page.getByRole('heading', { level: 1, name: 'IJsclub Hoonhorst' }).waitFor();
    await expect.poll(() => readOnly(page).textContent()).toMatch(/je werkt niet in deze kern/);
    expect(await page.getByRole('link', { name: 'Wijzigen' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    // Opened by its address, the form for a new person there is not offered either.
    await page.goto(`${e2e.app.baseUrl}/kernen/${kern['Hoonhorst'] ?? ''}/persoon-nieuw`);
    await expect
      .poll(() => readOnly(page).textContent())
      .toBe('Je kunt hier niets vastleggen: je werkt niet in deze kern.');
    expect(await page.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    // A new visit is in the only kern Carl works in, chosen already: there is nothing to pick.
    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    await page.getByText(/^Lemelerveld · vandaag/).waitFor();
    await page.getByRole('button', { name: 'Kern of datum wijzigen' }).click();
    await page.getByLabel('Datum', { exact: true }).waitFor();
    expect(await page.getByLabel('Kern').count()).toBe(0);
    await page.context().close();
  });

  it('lets a teamleider move and assign an initiative, and nothing else', async () => {
    const page = await openAs('lea@dalfsen.nl');
    expect(await page.getByRole('link', { name: 'Nieuw bezoek' }).count()).toBe(0);
    await page.goto(`${e2e.app.baseUrl}/initiatieven`);
    await page.getByRole('link', { name: 'Jeu de boules-baan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jeu de boules-baan' }).waitFor();
    expect(await page.getByRole('link', { name: 'Nieuw initiatief' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Wijzigen' }).count()).toBe(0);
    expect(await readOnly(page).textContent()).toMatch(/als teamleider wijzig je alleen/);
    // The status step and the connector picker, readable and usable at 320 px.
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.getByLabel('Nieuwe status').selectOption('in gesprek');
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await page.getByLabel('Gebiedsverbinder', { exact: true }).selectOption({ label: 'bert' });
    await page.getByRole('button', { name: 'Gebiedsverbinder opslaan' }).click();
    await syncNow(page);
    await expect
      .poll(
        async () => {
          const rows = await rowsOnServer(e2e.app.baseUrl, bert.accessToken);
          const row = rows.find((candidate) => candidate.id === initiativeId);
          return [row?.data['status'], row?.data['assignedConnectorId']];
        },
        { timeout: 20_000 },
      )
      .toEqual(['in gesprek', bert.user.id]);
    await page.context().close();
  });

  it('offers a beheerder without a field role no field work', async () => {
    const page = await openAs('bea@dalfsen.nl');
    expect(await page.getByRole('link', { name: 'Nieuw bezoek' }).count()).toBe(0);
    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    await expect
      .poll(() => readOnly(page).textContent())
      .toBe(
        'Je kunt hier niets vastleggen: alleen gebiedsverbinders voegen gegevens toe of wijzigen ze.',
      );
    expect(await page.getByLabel('Aantekeningen').count()).toBe(0);
    await page.goto(`${e2e.app.baseUrl}/kernen/${kern['Hoonhorst'] ?? ''}`);
    await expect
      .poll(() => readOnly(page).textContent())
      .toBe(
        'Je kunt dit lezen, maar niet wijzigen: alleen gebiedsverbinders voegen gegevens toe of wijzigen ze.',
      );
    await page.context().close();
  });
});
