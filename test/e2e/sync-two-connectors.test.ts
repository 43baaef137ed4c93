import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openConnectorDevice } from '../support/e2e-devices.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { saveVisit } from '../support/e2e-visits.ts';
import { openSyncLine, syncNow } from '../support/e2e-sync-line.ts';

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
  const e2e = chromiumAndApp();
  let anna: { context: BrowserContext; page: Page };
  let bert: { context: BrowserContext; page: Page };
  /** Waits until Anna's device has sent everything and Bert's device can open her record. */
  const sentToBert = async (open: (page: Page) => Promise<void>) => {
    await expect
      .poll(() => status(anna.page).textContent(), { timeout: 15_000 })
      .toBe('Alles is verstuurd');
    await syncNow(bert.page);
    await expect
      .poll(
        () =>
          open(bert.page).then(
            () => true,
            () => false,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
  };

  beforeAll(async () => {
    const open = (email: string) => openConnectorDevice(e2e, email, { width: 320, height: 720 });
    anna = await open('anna@dalfsen.nl');
    bert = await open('bert@dalfsen.nl');
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
    await syncNow(bert.page);
    await expect.poll(() => searchFinds(bert.page, 'ijsclub'), { timeout: 20_000 }).toBe(true);
  });

  it('sends a visit saved while a sync is under way, soon after that sync ends', async () => {
    // Every pull takes a second: the sync that starts when the form opens is still running
    // when the visit is saved.
    await bert.context.route('**/api/sync/pull', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    try {
      await saveVisit(bert.page, 'Opgeslagen terwijl de synchronisatie liep');
      await expect
        .poll(() => status(bert.page).textContent(), { timeout: 15_000 })
        .toBe('Alles is verstuurd');
    } finally {
      // Let the delayed pulls still under way finish before the route goes.
      await bert.context.unrouteAll({ behavior: 'wait' });
    }
  });

  it('shows the one whose value was overruled the conflict in words, with a choice', async () => {
    const person = 'Henk Smit';
    const openPerson = async (page: Page) => {
      await page.goto(new URL('/kernen', page.url()).href);
      await page.getByRole('link', { name: 'Hoonhorst' }).click();
      await page.getByRole('heading', { level: 1, name: 'Hoonhorst' }).waitFor();
      await page.getByRole('link', { name: person }).click({ timeout: 3_000 });
      await page.getByRole('heading', { level: 1, name: person }).waitFor();
    };
    const editPhone = async (page: Page, phone: string) => {
      await openPerson(page);
      await page.getByRole('link', { name: 'Wijzigen' }).click();
      await page.getByLabel('Telefoonnummer').fill(phone);
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByRole('heading', { level: 1, name: person }).waitFor();
    };

    await anna.page.goto(new URL('/kernen', anna.page.url()).href);
    await anna.page.getByRole('link', { name: 'Hoonhorst' }).click();
    await anna.page.getByRole('link', { name: 'Persoon toevoegen' }).click();
    await anna.page.getByLabel('Naam').fill(person);
    await anna.page.getByRole('button', { name: 'Opslaan' }).click();
    await anna.page.getByRole('heading', { level: 1, name: person }).waitFor();
    await sentToBert(openPerson);

    // Both offline, both change the number; Anna's arrives first, Bert's overrules it.
    await anna.context.setOffline(true);
    await bert.context.setOffline(true);
    await editPhone(anna.page, '0529 111111');
    await editPhone(bert.page, '0529 222222');
    for (const { context, page } of [anna, bert]) {
      await context.setOffline(false);
      await expect
        .poll(() => status(page).textContent(), { timeout: 20_000 })
        .toBe('Alles is verstuurd');
    }

    await syncNow(anna.page);
    await anna.page.goto(new URL('/synchronisatie', anna.page.url()).href);
    const conflict = anna.page.getByTestId('conflict');
    await conflict.waitFor({ timeout: 20_000 });
    expect(await conflict.textContent()).toContain(
      'Telefoonnummer van persoon “Henk Smit”: twee mensen wijzigden dit tegelijk. Nu staat er: “0529 222222” (van bert). Overschreven: “0529 111111” (van jou).',
    );
    await anna.page.getByRole('button', { name: 'Houd “0529 222222”' }).waitFor();
    // The conflict leads to the person, to check the number there.
    await conflict.getByRole('link', { name: 'Bekijk persoon “Henk Smit”' }).click();
    await anna.page.getByRole('heading', { level: 1, name: person }).waitFor();
  });

  it('shows a status change the server refused to its author, with what was typed', async () => {
    const title = 'Pluktuin bij de school';
    const openInitiative = async (page: Page) => {
      await page.goto(new URL('/initiatieven', page.url()).href);
      await page.getByRole('link', { name: title }).click({ timeout: 3_000 });
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    };
    const changeStatus = async (page: Page, to: string, reason = '') => {
      await openInitiative(page);
      await page.getByLabel('Nieuwe status').selectOption({ label: to });
      if (reason) await page.getByLabel(/^Reden/).fill(reason);
      await page.getByRole('button', { name: 'Status opslaan' }).click();
      await page.locator('.facts dd', { hasText: to }).waitFor();
    };

    await anna.page.goto(new URL('/initiatieven/nieuw', anna.page.url()).href);
    await anna.page.getByLabel('Titel').fill(title);
    await anna.page.getByLabel('Omschrijving').fill('Ouders willen een pluktuin naast het plein.');
    await anna.page.getByRole('button', { name: 'Initiatief vastleggen' }).click();
    await anna.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await sentToBert(openInitiative);

    // Both offline: Anna withdraws it; Bert, not knowing, starts the intake.
    await anna.context.setOffline(true);
    await bert.context.setOffline(true);
    await changeStatus(anna.page, 'Ingetrokken', 'De school stopt ermee.');
    await changeStatus(bert.page, 'In gesprek');
    await anna.context.setOffline(false);
    await expect
      .poll(() => status(anna.page).textContent(), { timeout: 20_000 })
      .toBe('Alles is verstuurd');
    await bert.context.setOffline(false);
    await expect
      .poll(() => status(bert.page).textContent(), { timeout: 20_000 })
      .toBe('Alles is verstuurd');

    // The refusal comes back with the sync; the status line points to it (on a phone, once
    // its indicator is opened).
    await openSyncLine(bert.page);
    await bert.page.getByRole('link', { name: '1 punt vraagt je aandacht' }).click();
    const rejection = bert.page.getByTestId('rejection');
    expect(await rejection.textContent()).toContain(
      `Wijziging in initiatief “${title}” geweigerd: deze stap kan niet meer vanuit de huidige status`,
    );
    await rejection.getByText('Wat je had ingevoerd').click();
    // What Bert typed: the new status, and of the history only the step that was refused.
    expect(await rejection.locator('dt').allTextContents()).toEqual([
      'Status',
      'Statusgeschiedenis',
    ]);
    expect(await rejection.locator('dd').allTextContents()).toEqual([
      'In gesprek',
      'Ingediend – In gesprek',
    ]);
    // The device took the server's version back: the initiative is withdrawn there too.
    await rejection.getByRole('link', { name: `Bekijk initiatief “${title}”` }).click();
    await bert.page.locator('.facts dd', { hasText: 'Ingetrokken' }).waitFor();
  });

  it('gives each browser one device cookie that scripts cannot read, sent to the API only', async () => {
    const [annaCookie, ...more] = await anna.context.cookies();
    expect(more).toEqual([]);
    expect(annaCookie).toMatchObject({
      name: 'noaber_device',
      path: '/api',
      httpOnly: true,
      sameSite: 'Strict',
    });
    expect(await anna.page.evaluate(() => document.cookie)).toBe('');
    const [bertCookie] = await bert.context.cookies();
    expect(bertCookie?.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(bertCookie?.value).not.toBe(annaCookie?.value);
  });
});
