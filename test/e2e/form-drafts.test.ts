import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';

const CORA = 'cora.drafts@dalfsen.nl';

/**
 * Whether a draft on the device holds `text`: a test reloads only once the last keystroke is
 * stored (a person does not reload within the milliseconds a write takes).
 */
async function draftHolds(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    const read = (name: string) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve('');
            return;
          }
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(all.result));
          };
        };
        request.onerror = () => resolve('');
      });
    for (const { name } of await indexedDB.databases()) {
      if (name && (await read(name)).includes(wanted)) return true;
    }
    return false;
  }, text);
}

/** Reloads once `text` is kept as a draft. */
async function reloadWhenKept(page: Page, text: string): Promise<void> {
  await expect.poll(() => draftHolds(page, text)).toBe(true);
  await page.reload();
}

/**
 * Every form keeps what is typed on the device: a reload (or a crash, or an app update)
 * brings it back, and a save starts the form empty again.
 */
describe('half-typed forms come back after a reload (real Chromium)', () => {
  const e2e = chromiumAndApp();
  let context: BrowserContext;
  let page: Page;
  let initiativeUrl = '';

  beforeAll(async () => {
    await createUser(e2e.app.baseUrl, CORA, ['gebiedsverbinder'], ['Hoonhorst']);
    context = await e2e.browser.newContext({ viewport: { width: 320, height: 640 } });
    page = await context.newPage();
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, CORA, USER_PASSWORD);
  });

  it('a new initiative: typed, reloaded, still there; saved, the form is empty again', async () => {
    await page.goto(`${e2e.app.baseUrl}/initiatieven/nieuw`);
    await page.getByLabel('Titel').fill('Jeu de boules-baan bij de kerk');
    await page.getByLabel('Omschrijving').fill('Drie buren willen een baan aanleggen.');
    await reloadWhenKept(page, 'Drie buren willen een baan aanleggen.');
    await expect
      .poll(() => page.getByLabel('Titel').inputValue())
      .toBe('Jeu de boules-baan bij de kerk');
    expect(await page.getByLabel('Omschrijving').inputValue()).toBe(
      'Drie buren willen een baan aanleggen.',
    );

    await page.getByRole('button', { name: 'Initiatief vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jeu de boules-baan bij de kerk' }).waitFor();
    initiativeUrl = page.url();
    await page.goto(`${e2e.app.baseUrl}/initiatieven/nieuw`);
    await page.getByLabel('Titel').waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('');
  });

  it('feedback and a status change on the initiative: typed, reloaded, still there', async () => {
    await page.goto(initiativeUrl);
    await page.getByLabel('Wat is er verteld?').fill('Gebeld: we kijken samen naar de plek.');
    await page.getByLabel('Nieuwe status').selectOption({ index: 1 });
    const chosen = await page.getByLabel('Nieuwe status').inputValue();
    await page.locator('#status-reason').fill('Plek nog onzeker');
    await reloadWhenKept(page, 'Plek nog onzeker');
    await expect
      .poll(() => page.getByLabel('Wat is er verteld?').inputValue())
      .toBe('Gebeld: we kijken samen naar de plek.');
    expect(await page.getByLabel('Nieuwe status').inputValue()).toBe(chosen);
    expect(await page.locator('#status-reason').inputValue()).toBe('Plek nog onzeker');

    await page.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
    await page.getByText('Gebeld: we kijken samen naar de plek.', { exact: true }).waitFor();
    await expect.poll(() => page.getByLabel('Wat is er verteld?').inputValue()).toBe('');
    await page.reload();
    await page.getByLabel('Wat is er verteld?').waitFor();
    expect(await page.getByLabel('Wat is er verteld?').inputValue()).toBe('');
  });

  it('a changed initiative: the edit is kept, and a cancel forgets it', async () => {
    await page.goto(`${initiativeUrl}/wijzigen`);
    await page.getByLabel('Titel').fill('Jeu de boules-baan achter de kerk');
    await reloadWhenKept(page, 'Jeu de boules-baan achter de kerk');
    await expect
      .poll(() => page.getByLabel('Titel').inputValue())
      .toBe('Jeu de boules-baan achter de kerk');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jeu de boules-baan bij de kerk' }).waitFor();
    await page.goto(`${initiativeUrl}/wijzigen`);
    await page.getByLabel('Titel').waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('Jeu de boules-baan bij de kerk');
  });

  it('a new contact person in a kern: typed, reloaded, still there', async () => {
    await page.goto(`${e2e.app.baseUrl}/kernen`);
    await page.getByRole('link', { name: 'Hoonhorst' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Hoonhorst/ }).waitFor();
    await page.goto(`${page.url()}/persoon-nieuw`);
    await page.getByLabel('Naam').fill('Erik ter Haar');
    await page.getByLabel('Telefoonnummer').fill('06 12345678');
    await reloadWhenKept(page, '06 12345678');
    await expect.poll(() => page.getByLabel('Naam').inputValue()).toBe('Erik ter Haar');
    expect(await page.getByLabel('Telefoonnummer').inputValue()).toBe('06 12345678');
  });
});
