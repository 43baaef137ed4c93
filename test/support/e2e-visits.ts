import type { Page } from 'playwright-core';

/** Saves a visit in Hoonhorst through the real form and waits for Vandaag. */
export async function saveVisit(page: Page, notes: string): Promise<void> {
  await page.goto(new URL('/bezoek/nieuw', page.url()).href);
  await page
    .getByLabel('Kern')
    .locator('option', { hasText: 'Hoonhorst' })
    .waitFor({ state: 'attached' });
  await page.getByLabel('Aantekeningen').fill(notes);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
}
