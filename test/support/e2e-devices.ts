import type { BrowserContext, Page } from 'playwright-core';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { createUser, signIn, USER_PASSWORD } from './e2e-accounts.ts';
import type { ChromiumAndApp } from './e2e-setup.ts';

export interface ConnectorDevice {
  context: BrowserContext;
  page: Page;
  /** The new account's tokens, as the invitation gave them (for API calls beside the app). */
  tokens: TokenResponse;
}

/**
 * A new gebiedsverbinder for Hoonhorst on a device of their own (a browser context): signed
 * in, the service worker in control (offline navigation needs it) and the first sync done.
 */
export async function openConnectorDevice(
  e2e: ChromiumAndApp,
  email: string,
  viewport: { width: number; height: number },
): Promise<ConnectorDevice> {
  const tokens = await createUser(e2e.app.baseUrl, email, ['gebiedsverbinder'], ['Hoonhorst']);
  const context = await e2e.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${e2e.app.baseUrl}/`);
  await signIn(page, email, USER_PASSWORD);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByText('Laatst gesynchroniseerd').waitFor({ state: 'attached', timeout: 20_000 });
  return { context, page, tokens };
}
