import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { overflowsHorizontally, seriousViolations } from '../support/axe.ts';
import { createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { exifSegment, jpegSize } from '../support/idea-fixtures.ts';
import { fillIdea, openFormSlowly } from '../support/idee-slow.ts';

/**
 * The resident's idea form and status page (issue 16) in real Chromium at 320 px against the
 * real built server: offline submit, arrival once, the connector's Vandaag, status page.
 */
describe('a resident sends an idea from their phone (real Chromium, real server)', () => {
  const e2e = chromiumAndApp();
  let resident: BrowserContext;
  let page: Page;
  let connector: TokenResponse;
  let code = '';
  let hoonhorst = '';
  const requested: string[] = [];

  const initiativesOf = async (token: TokenResponse) => {
    const response = await fetch(`${e2e.app.baseUrl}/api/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.accessToken}` },
      body: JSON.stringify({
        clientId: crypto.randomUUID(),
        protocolVersion: 2,
        epoch: null,
        cursor: 0,
        limit: 1000,
      }),
    });
    const { rows } = (await response.json()) as {
      rows: { table: string; data: Record<string, unknown> }[];
    };
    return rows.filter((row) => row.table === 'initiatives').map((row) => row.data);
  };

  beforeAll(async () => {
    connector = await createUser(
      e2e.app.baseUrl,
      'anne@dalfsen.nl',
      ['gebiedsverbinder'],
      ['Hoonhorst'],
    );
    const { kernen } = (await (await fetch(`${e2e.app.baseUrl}/api/ideas/kernen`)).json()) as {
      kernen: { id: string; name: string }[];
    };
    hoonhorst = kernen.find((kern) => kern.name === 'Hoonhorst')?.id ?? '';
    resident = await e2e.browser.newContext({ viewport: { width: 320, height: 640 } });
    // Also what the service worker fetches (Chromium reports those on the context).
    resident.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page = await resident.newPage();
  });

  it('opens the form with the kern of the link chosen, accessible at 320 px', async () => {
    await page.goto(`${e2e.app.baseUrl}/idee?kern=${hoonhorst}`);
    await page.getByRole('heading', { level: 1, name: 'Heb je een idee voor je dorp?' }).waitFor();
    expect(await page.locator('#kern').inputValue()).toBe(hoonhorst);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);
    // The field app never loaded: no Dexie database, no app shell.
    expect(await page.locator('#app').count()).toBe(0);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    // The resident's worker keeps the form only: none of the field app reaches the phone.
    expect(requested.filter((path) => /\/assets\/(index|user-data|i18n)-/.test(path))).toEqual([]);
    expect(requested.filter((path) => path.startsWith('/assets/idee-')).length).toBeGreaterThan(0);
  });

  it('shows the problems in words and takes the idea offline, with its code at once', async () => {
    await page.getByRole('button', { name: 'Idee versturen' }).click();
    await page.getByRole('alert').getByText('Verbeter eerst wat hieronder staat.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fillIdea(page, { title: 'Bankje bij de brink' });
    // A real phone photo: 2400 × 1800 JPEG carrying EXIF with a GPS position.
    const made = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 2400;
      canvas.height = 1800;
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no 2d context');
      for (let i = 0; i < 60; i += 1) {
        g.fillStyle = `hsl(${i * 6} 70% 50%)`;
        g.fillRect((i * 97) % 2400, (i * 61) % 1800, 300, 200);
      }
      const blob = await new Promise<Blob | null>((resolve) =>
        canvas.toBlob(resolve, 'image/jpeg', 0.95),
      );
      return Array.from(new Uint8Array(await (blob ?? new Blob()).arrayBuffer()));
    });
    const photo = Buffer.concat([
      Buffer.from(made.slice(0, 2)),
      Buffer.from(exifSegment()),
      Buffer.from(made.slice(2)),
    ]);
    expect(photo.toString('latin1')).toContain('GPS');
    await page
      .getByLabel("Foto's (niet verplicht, hoogstens 2)")
      .setInputFiles({ name: 'brink.jpg', mimeType: 'image/jpeg', buffer: photo });
    await resident.setOffline(true);
    await page.getByRole('button', { name: 'Idee versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bedankt voor je idee!' }).waitFor();
    await page
      .getByText('Wordt verstuurd zodra je weer verbinding hebt.', { exact: false })
      .waitFor();
    code = (await page.getByTestId('idea-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(await initiativesOf(connector)).toEqual([]);
    // The page opens again with no network at all (the service worker has it).
    await page.goto(`${e2e.app.baseUrl}/idee`);
    await page.getByRole('heading', { level: 1, name: 'Heb je een idee voor je dorp?' }).waitFor();
  });

  it('sends it once the connection returns, and it arrives once', async () => {
    await resident.setOffline(false);
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await expect
      .poll(async () => (await initiativesOf(connector)).length, { timeout: 20_000 })
      .toBe(1);
    // The photo arrived smaller and without its metadata: no GPS position left the phone.
    const [photoId] = (await initiativesOf(connector))[0]?.['residentPhotoIds'] as string[];
    const stored = (await (
      await fetch(`${e2e.app.baseUrl}/api/ideas/photos/${photoId}`, {
        headers: { authorization: `Bearer ${connector.accessToken}` },
      })
    ).json()) as { type: string; data: string };
    const bytes = Buffer.from(stored.data, 'base64');
    expect(stored.type).toBe('image/jpeg');
    expect(bytes.length).toBeLessThanOrEqual(1024 * 1024);
    expect(bytes.toString('latin1')).not.toMatch(/Exif|GPS/);
    expect(jpegSize(bytes)).toEqual({ width: 1600, height: 1200 });
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await initiativesOf(connector)).toHaveLength(1);
  });

  it('reaches the connector on Vandaag; they take it up and share feedback', async () => {
    const field = await e2e.browser.newContext();
    const app = await field.newPage();
    await app.goto(`${e2e.app.baseUrl}/`);
    await signIn(app, 'anne@dalfsen.nl', USER_PASSWORD);
    const ideas = app.getByTestId('resident-ideas');
    await ideas.getByRole('link', { name: 'Bankje bij de brink' }).click({ timeout: 30_000 });
    await app.getByRole('heading', { level: 1, name: 'Bankje bij de brink' }).waitFor();
    await app.getByText('Ingediend door een inwoner via het formulier').waitFor();
    await app.getByRole('img', { name: 'Foto 1 van de inwoner' }).waitFor();
    await app.getByLabel('Nieuwe status').selectOption({ label: 'In gesprek' });
    await app.getByRole('button', { name: 'Status opslaan' }).click();
    await app
      .getByLabel('Wat is er verteld?')
      .fill('Gebeld: we kijken dinsdag samen naar de plek.');
    await app.getByLabel('Zichtbaar voor de inwoner').check();
    await app.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
    await expect
      .poll(async () => (await initiativesOf(connector))[0]?.['status'], { timeout: 30_000 })
      .toBe('in gesprek');
    await expect
      .poll(
        async () => ((await initiativesOf(connector))[0]?.['feedbackLog'] as unknown[]).length,
        {
          timeout: 30_000,
        },
      )
      .toBe(1);
    await field.close();
  });

  it('shows both on the status page, accessible, and the last state offline', async () => {
    await page.goto(`${e2e.app.baseUrl}/idee/${code}`);
    await page.getByRole('heading', { level: 1, name: 'Bankje bij de brink' }).waitFor();
    await page.getByText('In gesprek').waitFor();
    await page.getByText('Gebeld: we kijken dinsdag samen naar de plek.').waitFor();
    await page.getByText('anne, gebiedsverbinder van Hoonhorst').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);
    await resident.setOffline(true);
    await page.reload();
    await page
      .getByText('Je hebt nu geen verbinding. Dit is hoe het ervoor stond op', { exact: false })
      .waitFor();
    await page.getByText('Gebeld: we kijken dinsdag samen naar de plek.').waitFor();
    await resident.setOffline(false);
  });

  it('is usable over 50 kbit/s with a 2 s round trip, and submits', async () => {
    const slow = await openFormSlowly(e2e.browser, `${e2e.app.baseUrl}/idee`);
    try {
      expect(slow.interactiveMs).toBeLessThan(30_000);
      await fillIdea(slow.page, {
        title: 'Jeu-de-boulesbaan bij het dorpshuis',
        kern: 'Hoonhorst',
      });
      await slow.page.getByRole('button', { name: 'Idee versturen' }).click();
      await slow.page.getByRole('status').getByText('Verstuurd.').waitFor({ timeout: 60_000 });
    } finally {
      await slow.context.close();
    }
    expect(await initiativesOf(connector)).toHaveLength(2);
  });
});
