import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { signIn } from '../support/e2e-accounts.ts';
import { ADMIN } from '../support/served-app.ts';

/** Marks the page's JavaScript realm: the mark is gone after any reload. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
}
const isMarked = (page: Page) =>
  page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

describe('a new version of the app', () => {
  const e2e = chromiumAndApp();

  it('is offered with a Dutch prompt and applies only when the user says so', async () => {
    const context = await e2e.browser.newContext();
    const first = await context.newPage();
    await first.goto(`${e2e.app.baseUrl}/`);
    await signIn(first, ADMIN.email, ADMIN.password);
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const second = await context.newPage();
    await second.goto(`${e2e.app.baseUrl}/kernen`);
    await markPage(first);
    await markPage(second);

    // A new release: the worker script changes, so the browser installs it and lets it wait.
    const worker = join(e2e.app.staticDir, 'sw.js');
    appendFileSync(worker, '\n// release 2\n');
    // The browser gets the precompressed copies: a release's build writes them anew.
    writeFileSync(`${worker}.br`, brotliCompressSync(readFileSync(worker)));
    writeFileSync(`${worker}.gz`, gzipSync(readFileSync(worker)));
    await checkForUpdate(first);

    for (const page of [first, second]) {
      const prompt = page.getByRole('alertdialog', { name: 'Nieuwe versie beschikbaar' });
      await prompt.waitFor();
      await expect
        .poll(() => prompt.getByRole('button', { name: 'Vernieuwen' }).isVisible())
        .toBe(true);
    }
    // Nothing reloaded on its own.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await isMarked(first)).toBe(true);
    expect(await isMarked(second)).toBe(true);

    // "Later" puts the prompt away without applying anything.
    await second.getByRole('button', { name: 'Later' }).click();
    expect(await second.getByRole('alertdialog').count()).toBe(0);

    // "Vernieuwen" in the first tab: that tab reloads under the new worker…
    await Promise.all([
      first.waitForEvent('load'),
      first.getByRole('button', { name: 'Vernieuwen' }).click(),
    ]);
    expect(await isMarked(first)).toBe(false);
    await first.locator('h1#screen-title').waitFor();
    expect(await first.getByRole('alertdialog').count()).toBe(0);
    expect(
      await first.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && registration.active !== null;
      }),
    ).toBe(true);

    // …and the second tab, which may hold a half-typed form, is asked again, not reloaded.
    const secondPrompt = second.getByRole('alertdialog', { name: 'Nieuwe versie beschikbaar' });
    await secondPrompt.waitFor();
    expect(await isMarked(second)).toBe(true);
    await Promise.all([
      second.waitForEvent('load'),
      secondPrompt.getByRole('button', { name: 'Vernieuwen' }).click(),
    ]);
    expect(await isMarked(second)).toBe(false);
    await context.close();
  });
});
