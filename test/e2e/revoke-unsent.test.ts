import { describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import type { QuarantineEntry } from '../../src/shared/quarantine-api.ts';
import { overflowsHorizontally, seriousViolations } from '../support/axe.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { ADMIN } from '../support/served-app.ts';
import {
  adminLogin,
  createUser,
  databaseNames,
  signIn,
  storedSession,
  USER_PASSWORD,
} from '../support/e2e-accounts.ts';
import { saveVisit, visitsOnServer } from '../support/e2e-visits.ts';

const EMAIL = 'hennie@dalfsen.nl';
const NOTES = ['Offline gesprek met de buurtvereniging', 'Offline bezoek aan de ijsclub'];

async function asAdmin(baseUrl: string, path: string, method: 'GET' | 'POST' = 'GET') {
  const admin = await adminLogin(baseUrl);
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${admin.accessToken}`,
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    },
    ...(method === 'POST' ? { body: '{}' } : {}),
  });
  expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
  return response.status === 204 ? undefined : ((await response.json()) as unknown);
}

describe('a device revoked while changes wait on it (real Chromium, real server)', () => {
  const e2e = chromiumAndApp();

  it('keeps them, delivers them for review once, and the beheerder’s accept puts them on the server', async () => {
    const { baseUrl } = e2e.app;
    const user = (await createUser(baseUrl, EMAIL, ['gebiedsverbinder'], ['Hoonhorst'])).user;
    const context = await e2e.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await signIn(page, EMAIL, USER_PASSWORD);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('link', { name: 'Nieuw bezoek' }).click();
    await page.getByText(/^Hoonhorst · /).waitFor();

    // Two visits saved offline, then the beheerder signs the device out.
    await context.setOffline(true);
    for (const notes of NOTES) await saveVisit(page, notes);
    await asAdmin(baseUrl, `/api/admin/users/${user.id}/revoke-sessions`, 'POST');

    // Back online, the device learns it is revoked: it keeps the changes and says so.
    await context.setOffline(false);
    await page.getByRole('heading', { level: 1, name: 'Dit apparaat is afgemeld' }).waitFor();
    await page
      .getByTestId('revoked-unsent')
      .filter({ hasText: 'Er staan nog 2 wijzigingen op dit apparaat die niet verstuurd zijn.' })
      .waitFor();
    expect(await databaseNames(page)).toContain(`noaber-user-${user.id}`);
    const wipe = page.getByRole('button', { name: 'Wis dit apparaat' });
    expect(await wipe.isDisabled()).toBe(true);

    expect(await seriousViolations(page), 'revoked screen').toEqual([]);

    // A reload keeps the screen and the data: nothing is wiped without the user.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Dit apparaat is afgemeld' }).waitFor();

    // The export still works, as on Synchronisatie.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Niet-verzonden wijzigingen exporteren' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const exported = JSON.parse(await readFile(file, 'utf8')) as { entries: unknown[] };
    expect(exported.entries).toHaveLength(2);

    await page.getByRole('button', { name: 'Verstuur ter controle' }).click();
    await page.getByText('Verstuurd. De beheerder bekijkt de wijzigingen.').waitFor();

    // Quarantined, not applied; the beheerder accepts, and the visits are on the server.
    const entries = (await asAdmin(baseUrl, '/api/admin/quarantine')) as QuarantineEntry[];
    const entry = entries.find((candidate) => candidate.userId === user.id);
    expect(entry?.count).toBe(2);
    const fresh = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: USER_PASSWORD }),
    });
    const tokens = (await fresh.json()) as TokenResponse;
    expect(await visitsOnServer(baseUrl, tokens.accessToken, NOTES[0] ?? '')).toBe(0);

    // The beheerder reviews and accepts on Beheer → Ter controle, on a phone-sized screen.
    const beheer = await e2e.browser.newContext({ viewport: { width: 320, height: 720 } });
    const admin = await beheer.newPage();
    await admin.goto(`${baseUrl}/`);
    await signIn(admin, ADMIN.email, ADMIN.password);
    await admin.goto(`${baseUrl}/beheer/quarantaine`);
    const delivery = admin.getByTestId('quarantine-entry').filter({ hasText: '2 wijzigingen' });
    await delivery.waitFor();
    expect(await seriousViolations(admin), 'quarantine screen').toEqual([]);
    expect(await overflowsHorizontally(admin)).toBe(false);
    await delivery.getByRole('button', { name: 'Overnemen' }).click();
    await delivery.getByText('2 verwerkt, 0 geweigerd').waitFor();
    await beheer.close();
    for (const notes of NOTES) {
      expect(await visitsOnServer(baseUrl, tokens.accessToken, notes)).toBe(1);
    }

    // Now the device may go.
    await wipe.click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await databaseNames(page)).not.toContain(`noaber-user-${user.id}`);
    expect(await storedSession(page)).toBeNull();
    await context.close();
  });
});
