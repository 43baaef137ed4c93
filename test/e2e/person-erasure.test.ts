import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/server/store/sqlite-store.ts';
import { openConnectorDevice } from '../support/e2e-devices.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { saveVisit } from '../support/e2e-visits.ts';
import { syncNow } from '../support/e2e-sync-line.ts';
import { scanSqlite } from '../support/privacy-scan.ts';

const NAME = 'Wilhelmina Zwanenburg';
const PHONE = '06 98765432';
const EMAIL = 'w.zwanenburg@voorbeeld.nl';
const NEEDLES = [NAME, PHONE, EMAIL];

const status = (page: Page) => page.getByTestId('unsent');

/**
 * Every record of every object store of every IndexedDB database of the page's origin, as
 * text, searched for the needles (case ignored): where they are found.
 */
function scanIndexedDb(page: Page, needles: readonly string[]): Promise<string[]> {
  return page.evaluate(async (wanted) => {
    const found: string[] = [];
    const lower = wanted.map((needle) => needle.toLowerCase());
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
        for (const row of rows) {
          const text = JSON.stringify(row).toLowerCase();
          if (lower.some((needle) => text.includes(needle))) {
            found.push(`${info.name}/${store}: ${text.slice(0, 200)}`);
          }
        }
      }
      db.close();
    }
    return found;
  }, needles);
}

describe('erasing a person leaves them nowhere: server and two devices (real Chromium)', () => {
  const e2e = chromiumAndApp();
  let anna: { context: BrowserContext; page: Page };
  let bert: { context: BrowserContext; page: Page };

  const openPerson = async (page: Page) => {
    await page.goto(new URL('/kernen', page.url()).href);
    await page.getByRole('link', { name: 'Hoonhorst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoonhorst' }).waitFor();
    await page.getByRole('link', { name: NAME }).click({ timeout: 3_000 });
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  };

  beforeAll(async () => {
    const open = (email: string) => openConnectorDevice(e2e, email, { width: 1024, height: 800 });
    anna = await open('anna@dalfsen.nl');
    bert = await open('bert@dalfsen.nl');
  });

  it('erases through the privacy screen, refuses the offline edit, and every store is clean', async () => {
    // Anna records her, and a visit whose notes name her.
    await anna.page.goto(new URL('/kernen', anna.page.url()).href);
    await anna.page.getByRole('link', { name: 'Hoonhorst' }).click();
    await anna.page.getByRole('link', { name: 'Persoon toevoegen' }).click();
    await anna.page.getByLabel('Naam').fill(NAME);
    await anna.page.getByLabel('Telefoonnummer').fill(PHONE);
    await anna.page.getByLabel('E-mailadres').fill(EMAIL);
    await anna.page.getByRole('button', { name: 'Opslaan' }).click();
    await anna.page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await saveVisit(anna.page, `Koffie bij ${NAME}, ze belt terug op ${PHONE}.`);
    await expect
      .poll(() => status(anna.page).textContent(), { timeout: 15_000 })
      .toBe('Alles is verstuurd');

    // Bert's device gets her; then he works offline and changes her number.
    await syncNow(bert.page);
    await expect
      .poll(
        () =>
          openPerson(bert.page).then(
            () => true,
            () => false,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    await bert.context.setOffline(true);
    await bert.page.getByRole('link', { name: 'Wijzigen' }).click();
    await bert.page.getByLabel('Telefoonnummer').fill('06 11112222');
    await bert.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await bert.page.getByRole('heading', { level: 1, name: NAME }).waitFor();

    // Anna erases her: the screen lists the visit notes naming her, with a proposal.
    await openPerson(anna.page);
    await anna.page.getByRole('link', { name: /^Privacy/ }).click();
    await anna.page.getByRole('heading', { level: 1, name: `Privacy van ${NAME}` }).waitFor();
    await anna.page.getByRole('button', { name: 'Verwijderen voorbereiden' }).click();
    const notes = anna.page.getByLabel('Bezoek: aantekeningen');
    await notes.waitFor();
    expect(await notes.inputValue()).toBe(
      'Koffie bij [verwijderde persoon], ze belt terug op [verwijderde persoon].',
    );
    await notes.fill('Koffie gedronken, ze belt terug.');
    await anna.page.getByRole('button', { name: 'Verwijder deze persoon' }).click();
    await anna.page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await anna.page.getByText('De persoon is verwijderd.', { exact: false }).waitFor();

    // Bert comes back: his edit is refused with the reason, and his device forgets her.
    await bert.context.setOffline(false);
    await expect
      .poll(() => status(bert.page).textContent(), { timeout: 20_000 })
      .toBe('Alles is verstuurd');
    await syncNow(bert.page);
    await syncNow(anna.page);
    await expect
      .poll(async () => (await scanIndexedDb(bert.page, NEEDLES)).length, { timeout: 20_000 })
      .toBe(0);
    await expect
      .poll(async () => (await scanIndexedDb(anna.page, NEEDLES)).length, { timeout: 20_000 })
      .toBe(0);
    expect(await scanIndexedDb(anna.page, NEEDLES)).toEqual([]);
    expect(await scanIndexedDb(bert.page, NEEDLES)).toEqual([]);
    expect(scanSqlite(join(e2e.app.dataDir, DATABASE_FILE_NAME), NEEDLES)).toEqual([]);

    await bert.page.goto(new URL('/synchronisatie', bert.page.url()).href);
    await bert.page
      .getByText('deze persoon is verwijderd op verzoek of na de bewaartermijn', { exact: false })
      .waitFor({ timeout: 20_000 });
  });
});
