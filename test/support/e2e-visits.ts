import type { Page } from 'playwright-core';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import type { PullResponse } from '../../src/shared/sync-protocol/sync-protocol.ts';

type PulledRow = PullResponse['rows'][number];

/** Saves a visit in Hoonhorst through the real form, then goes to Vandaag. */
export async function saveVisit(page: Page, notes: string): Promise<void> {
  await page.goto(new URL('/bezoek/nieuw', page.url()).href);
  await page.getByText(/^Hoonhorst · /).waitFor();
  await page.getByLabel('Aantekeningen').fill(notes);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Bezoek opgeslagen.', { exact: false }).waitFor();
  await page.getByRole('link', { name: 'Naar Vandaag' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
}

/**
 * Every row the account may read, as a new device of it would download them: a full pull
 * from the start (outside any browser).
 */
export async function rowsOnServer(baseUrl: string, accessToken: string): Promise<PulledRow[]> {
  const clientId = crypto.randomUUID();
  const rows: PulledRow[] = [];
  let cursor = 0;
  for (;;) {
    const response = await fetch(`${baseUrl}/api/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ clientId, protocolVersion: PROTOCOL_VERSION, epoch: null, cursor }),
    });
    if (!response.ok) throw new Error(`pull: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as PullResponse;
    rows.push(...page.rows);
    if (!page.hasMore) return rows;
    cursor = page.cursor;
  }
}

/** How many visits with these notes the server holds, as the account sees them. */
export async function visitsOnServer(
  baseUrl: string,
  accessToken: string,
  notes: string,
): Promise<number> {
  const rows = await rowsOnServer(baseUrl, accessToken);
  return rows.filter((row) => row.table === 'visits' && JSON.stringify(row.data).includes(notes))
    .length;
}
