import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/dates/civil-date.ts';
import {
  DEFAULT_FEEDBACK_TERM,
  feedbackDeadline,
} from '../../src/shared/dates/feedback-deadline.ts';
import { municipalToday } from '../../src/shared/dates/municipal-today.ts';
import { seriousViolations } from '../support/axe.ts';
import { createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { rawPusher } from '../support/pushed-records.ts';

const NOTE = 'Bel de initiatiefnemers deze week even terug';
const sentAll = (page: Page) =>
  expect
    .poll(() => page.getByTestId('unsent').textContent(), { timeout: 20_000 })
    .toBe('Alles is verstuurd');

/** From review to work: a teamleider's note becomes the connector's action, and comes back done. */
describe('a teamleider’s review note (real Chromium, real server)', () => {
  const e2e = chromiumAndApp();

  it('reaches the connector’s Vandaag marked as from the teamleider, and shows when it is done', async () => {
    const base = e2e.app.baseUrl;
    const anna = await createUser(base, 'anna@dalfsen.nl', ['gebiedsverbinder'], ['Hoonhorst']);
    await createUser(base, 'tl@dalfsen.nl', ['teamleider']);
    const kernen = (await (
      await fetch(`${base}/api/kernen`, {
        headers: { authorization: `Bearer ${anna.accessToken}` },
      })
    ).json()) as { id: string; name: string }[];
    const registeredOn = addDays(municipalToday(Date.now()), -3);
    const now = Date.now();
    const initiative = {
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      deleted: false,
      title: 'Speeltuin Hoonhorst',
      kernId: kernen.find((kern) => kern.name === 'Hoonhorst')?.id ?? '',
      type: 'initiatief',
      initiatorPersonId: null,
      assignedConnectorId: anna.user.id,
      registeredOn,
      status: 'ingediend',
      statusHistory: [
        { id: randomUUID(), from: null, to: 'ingediend', at: now, by: anna.user.id, reason: '' },
      ],
      registeredById: anna.user.id,
      feedbackDeadline: feedbackDeadline(registeredOn, DEFAULT_FEEDBACK_TERM),
      feedbackLog: [],
    };
    const pushed = await rawPusher(
      base,
      anna.accessToken,
    )([{ table: 'initiatives', recordId: initiative.id, kind: 'create', patch: initiative }]);
    expect(pushed).toEqual({ status: 200, rejected: [] });

    const lead = await (await e2e.browser.newContext()).newPage();
    await lead.goto(`${base}/`);
    await lead.getByLabel('E-mailadres').fill('tl@dalfsen.nl');
    await lead.getByLabel('Wachtwoord', { exact: true }).fill(USER_PASSWORD);
    await lead.getByRole('button', { name: 'Inloggen' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    await lead.getByText('Laatst gesynchroniseerd').waitFor({ timeout: 20_000 });
    await lead.goto(`${base}/initiatieven/${initiative.id}`);
    await lead
      .getByRole('heading', { level: 2, name: 'Opmerking voor anna' })
      .waitFor({ timeout: 20_000 });
    expect(await seriousViolations(lead)).toEqual([]);
    await lead.getByLabel('Wat moet er gebeuren?').fill(NOTE);
    await lead.getByRole('button', { name: 'Opmerking versturen' }).click();
    await lead.getByText('Verstuurd. anna ziet de actie').waitFor();
    await sentAll(lead);

    const connector = await (
      await e2e.browser.newContext({ viewport: { width: 320, height: 720 } })
    ).newPage();
    await connector.goto(`${base}/`);
    await signIn(connector, 'anna@dalfsen.nl', USER_PASSWORD);
    const item = connector.locator('li', { hasText: NOTE });
    await item.waitFor({ timeout: 20_000 });
    expect(await item.textContent()).toContain('Van de teamleider');
    await item.getByRole('button', { name: 'Klaar' }).click();
    await item.waitFor({ state: 'detached' });
    await sentAll(connector);

    await lead.getByRole('button', { name: 'Nu synchroniseren' }).click();
    const done = lead.locator('li', { hasText: NOTE });
    await expect.poll(() => done.textContent(), { timeout: 20_000 }).toContain('Klaar');
    await lead.context().close();
    await connector.context().close();
  });

  it('is offered on a visit too: it goes to the visit’s author and shows among its follow-ups', async () => {
    const base = e2e.app.baseUrl;
    const bram = await createUser(base, 'bram@dalfsen.nl', ['gebiedsverbinder'], ['Hoonhorst']);
    await createUser(base, 'tl2@dalfsen.nl', ['teamleider']);
    const kernen = (await (
      await fetch(`${base}/api/kernen`, {
        headers: { authorization: `Bearer ${bram.accessToken}` },
      })
    ).json()) as { id: string; name: string }[];
    const now = Date.now();
    const visit = {
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      deleted: false,
      date: addDays(municipalToday(now), -1),
      kernId: kernen.find((kern) => kern.name === 'Hoonhorst')?.id ?? '',
      channel: 'bezoek',
      organisationIds: [],
      personIds: [],
      topics: ['ijsbaan'],
      initiativeIds: [],
      noteRevisions: [
        {
          id: randomUUID(),
          text: 'Gesprek over de ijsbaan.',
          createdAt: now,
          authorId: bram.user.id,
        },
      ],
      authorId: bram.user.id,
    };
    const pushed = await rawPusher(
      base,
      bram.accessToken,
    )([{ table: 'visits', recordId: visit.id, kind: 'create', patch: visit }]);
    expect(pushed).toEqual({ status: 200, rejected: [] });

    const lead = await (await e2e.browser.newContext()).newPage();
    await lead.goto(`${base}/`);
    await signIn(lead, 'tl2@dalfsen.nl', USER_PASSWORD);
    await lead.getByText('Laatst gesynchroniseerd').waitFor({ timeout: 20_000 });
    await lead.goto(`${base}/bezoeken/${visit.id}`);
    await lead
      .getByRole('heading', { level: 2, name: 'Opmerking voor bram' })
      .waitFor({ timeout: 20_000 });
    expect(await seriousViolations(lead)).toEqual([]);
    const note = 'Leg vast wie de ijsbaan beheert';
    await lead.getByLabel('Wat moet er gebeuren?').fill(note);
    await lead.getByRole('button', { name: 'Opmerking versturen' }).click();
    await lead.getByText('Verstuurd. bram ziet de actie').waitFor();
    // Among the visit's follow-ups at once, and accepted by the server's permission model.
    await lead.locator('li', { hasText: note }).waitFor();
    await sentAll(lead);

    const connector = await (
      await e2e.browser.newContext({ viewport: { width: 320, height: 720 } })
    ).newPage();
    await connector.goto(`${base}/`);
    await signIn(connector, 'bram@dalfsen.nl', USER_PASSWORD);
    const item = connector.locator('li', { hasText: note });
    await item.waitFor({ timeout: 20_000 });
    expect(await item.textContent()).toContain('Van de teamleider');
    await lead.context().close();
    await connector.context().close();
  });
});
