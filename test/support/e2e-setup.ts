import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { startServedApp, type ServedApp } from './served-app.ts';

export interface ChromiumAndApp {
  browser: Browser;
  app: ServedApp;
}

/**
 * Headless Chromium and the real built app on its real server, for the tests of one
 * describe block: started before them, stopped after. Call it in the describe; read the
 * fields in hooks and tests, which run once both are up.
 */
export function chromiumAndApp(extraEnv: Record<string, string> = {}): ChromiumAndApp {
  const started = {} as Partial<ChromiumAndApp>;
  beforeAll(async () => {
    started.browser = await launchChromium();
    started.app = await startServedApp(extraEnv);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.app?.stop();
  });
  return started as ChromiumAndApp;
}
