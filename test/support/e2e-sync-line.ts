import type { Page } from 'playwright-core';

/**
 * Taps "Nu synchroniseren". On a phone the sync line is folded into the header's indicator:
 * it is opened for the tap and folded again, so it covers nothing afterwards.
 */
export async function syncNow(page: Page): Promise<void> {
  const indicator = page.locator('.sync-compact');
  // The sync line loads with the screen (a lazy chunk): whether it is folded shows only
  // once it is there.
  await indicator.waitFor({ state: 'attached' });
  const folded =
    (await indicator.isVisible()) && (await indicator.getAttribute('aria-expanded')) === 'false';
  if (folded) await indicator.click();
  await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
  if (folded) await indicator.click();
}

/** Opens the folded sync line on a phone (a no-op where the full line shows anyway). */
export async function openSyncLine(page: Page): Promise<void> {
  const indicator = page.locator('.sync-compact');
  await indicator.waitFor({ state: 'attached' });
  if (
    (await indicator.isVisible()) &&
    (await indicator.getAttribute('aria-expanded')) === 'false'
  ) {
    await indicator.click();
  }
}
