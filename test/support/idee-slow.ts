import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MIN_FILL_MS } from '../../src/shared/ideas/idea-schema.ts';

/** A weak rural connection: about 50 kbit/s both ways and 2 s round trip. */
export const SLOW_NETWORK = {
  offline: false,
  latency: 2000,
  downloadThroughput: (50 * 1024) / 8,
  uploadThroughput: (50 * 1024) / 8,
};

/**
 * Opens the idea form at 320 px over the slow connection (DevTools network conditions) in a
 * fresh browser context, and the time until it can be used: the kern choice is on screen
 * with its options (the form's JS ran and its kern list arrived).
 */
export async function openFormSlowly(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page; interactiveMs: number }> {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.getByLabel('In welk dorp of welke buurtschap?').waitFor({ timeout: 120_000 });
  // The kern list arrived: more than "Kies…" and "Weet ik niet".
  await page.locator('#kern option').nth(2).waitFor({ state: 'attached', timeout: 120_000 });
  return { context, page, interactiveMs: Date.now() - started };
}

/** Fills the form as a resident would (the kern chosen by the link or here). */
export async function fillIdea(page: Page, idea: { title: string; kern?: string }): Promise<void> {
  if (idea.kern)
    await page.getByLabel('In welk dorp of welke buurtschap?').selectOption({ label: idea.kern });
  await page.getByLabel('Je idee in een paar woorden').fill(idea.title);
  await page
    .getByLabel('Vertel meer over je idee')
    .fill('Een plek om even te zitten, in de schaduw van de linde.');
  await page.getByLabel('Meedenken').check();
  await page.getByLabel('Samen met buren').check();
  await page.getByLabel('Je naam').fill('Janna Wolters');
  await page.getByLabel('E-mailadres').fill('janna@example.nl');
  await page.getByLabel('Ik ga akkoord dat de gemeente mijn gegevens hiervoor gebruikt.').check();
  // A person takes at least this long; faster is taken for a bot (and silently dropped).
  await page.waitForTimeout(MIN_FILL_MS);
}
