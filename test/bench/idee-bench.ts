import { launchChromium } from '../support/chromium.ts';
import { openFormSlowly, SLOW_NETWORK } from '../support/idee-slow.ts';
import { startServedApp } from '../support/served-app.ts';

/** The idea form must be usable within this on the slow connection, on a first visit. */
export const IDEE_INTERACTIVE_BUDGET_MS = 15_000;
const RUNS = 3;

export const IDEE_NETWORK = `${(SLOW_NETWORK.downloadThroughput * 8) / 1024} kbit/s, ${SLOW_NETWORK.latency} ms RTT`;

/**
 * First visits to /idee over about 50 kbit/s with a 2 s round trip (DevTools network
 * conditions, a fresh browser context each: nothing cached), timed from the navigation to the
 * kern choice with its options on screen. Median of a few runs.
 */
export async function runIdeeBench(): Promise<{ medianMs: number; runs: number[] }> {
  const app = await startServedApp();
  const browser = await launchChromium();
  const runs: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const { context, interactiveMs } = await openFormSlowly(browser, `${app.baseUrl}/idee`);
      runs.push(interactiveMs);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runs };
}
