import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/shared/csv/csv.ts';
import { addDays } from '../../src/shared/dates/civil-date.ts';
import {
  DEFAULT_FEEDBACK_TERM,
  feedbackDeadline,
} from '../../src/shared/dates/feedback-deadline.ts';
import { municipalToday } from '../../src/shared/dates/municipal-today.ts';
import { seriousViolations, overflowsHorizontally } from '../support/axe.ts';
import { adminLogin, createUser, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { rawPusher } from '../support/pushed-records.ts';
import { makeTempDir } from '../support/temp-dir.ts';

type Data = Record<string, unknown>;

/**
 * A connector's records pushed to the real server; a teamleider signs in, syncs them and
 * reads the Overzicht. The expected figures are counted here by hand from what was pushed,
 * not by the report functions.
 */
describe('the teamleider Overzicht and council report (real Chromium, real server)', () => {
  const e2e = chromiumAndApp();

  it('shows the figures, exports a list as CSV and prints the report', async () => {
    const base = e2e.app.baseUrl;
    const anna = await createUser(
      base,
      'anna@dalfsen.nl',
      ['gebiedsverbinder'],
      ['Hoonhorst', 'Dalfsen'],
    );
    await createUser(base, 'tl@dalfsen.nl', ['teamleider']);
    const auth = { authorization: `Bearer ${anna.accessToken}` };
    const kernen = (await (await fetch(`${base}/api/kernen`, { headers: auth })).json()) as {
      id: string;
      name: string;
    }[];
    const kinds = (await (
      await fetch(`${base}/api/organisation-kinds`, { headers: auth })
    ).json()) as {
      id: string;
      name: string;
    }[];
    const kern = (name: string) => kernen.find((k) => k.name === name)?.id ?? '';
    const kind = (name: string) => kinds.find((k) => k.name === name)?.id ?? '';
    const other = kinds.find((k) => k.name !== 'Plaatselijk Belang')?.id ?? '';
    const today = municipalToday(Date.now());
    const day = (offset: number) => addDays(today, offset);
    const now = Date.now();
    const meta = () => ({ id: randomUUID(), createdAt: now, updatedAt: now, deleted: false });
    const userId = anna.user.id;

    const pb = {
      ...meta(),
      name: 'PB Hoonhorst',
      kindId: kind('Plaatselijk Belang'),
      kernIds: [kern('Hoonhorst')],
      status: 'actief',
      endDate: null,
      email: 'pb@hoonhorst.nl',
    };
    const club = {
      ...meta(),
      name: 'Voetbalclub Dalfsen',
      kindId: other,
      kernIds: [kern('Dalfsen')],
      status: 'actief',
      endDate: null,
    };
    const visit = (date: string, kernName: string, channel: string, organisationIds: string[]) => ({
      ...meta(),
      date,
      kernId: kern(kernName),
      channel,
      organisationIds,
      noteRevisions: [{ id: randomUUID(), text: 'Gesprek', createdAt: now, authorId: userId }],
      authorId: userId,
    });
    const v1 = visit(day(-40), 'Hoonhorst', 'bezoek', [pb.id]);
    const v2 = visit(day(-20), 'Hoonhorst', 'telefoon', []);
    const v3 = visit(day(-10), 'Dalfsen', 'bezoek', [club.id]);
    const initiative = (
      title: string,
      kernName: string,
      registeredOn: string,
      connector: string | null,
      feedbackOn?: string,
    ) => ({
      ...meta(),
      title,
      kernId: kern(kernName),
      type: 'initiatief',
      initiatorPersonId: null,
      assignedConnectorId: connector,
      registeredOn,
      status: 'ingediend',
      statusHistory: [
        { id: randomUUID(), from: null, to: 'ingediend', at: now, by: userId, reason: '' },
      ],
      registeredById: userId,
      feedbackDeadline: feedbackDeadline(registeredOn, DEFAULT_FEEDBACK_TERM),
      feedbackLog: feedbackOn
        ? [
            {
              id: randomUUID(),
              date: feedbackOn,
              channel: 'telefoon',
              summary: 'Gebeld',
              by: userId,
            },
          ]
        : [],
    });
    // Deadline 17 days ago, answered 20 days ago (25 days after registration): on time.
    const i1 = initiative('Speeltuin Hoonhorst', 'Hoonhorst', day(-45), userId, day(-20));
    // Deadline a week ago, no answer, nobody assigned: overdue, and nobody picked it up.
    const i2 = initiative('Bankje bij de kerk', 'Dalfsen', day(-35), null);
    // Deadline after the period: not counted for feedback.
    const i3 = initiative('Jeu de boules', 'Hoonhorst', day(-5), userId);
    const action = {
      ...meta(),
      what: 'Offerte opvragen',
      assigneeId: userId,
      dueDate: day(-3),
      visitId: v1.id,
    };
    const creates: [string, Data][] = [
      ['organisations', pb],
      ['organisations', club],
      ['visits', v1],
      ['visits', v2],
      ['visits', v3],
      ['initiatives', i1],
      ['initiatives', i2],
      ['initiatives', i3],
      ['actions', action],
    ];
    const pushed = await rawPusher(
      base,
      anna.accessToken,
    )(
      creates.map(([table, patch]) => ({
        table,
        recordId: String(patch['id']),
        kind: 'create',
        patch,
      })),
    );
    expect(pushed).toEqual({ status: 200, rejected: [] });

    const context = await e2e.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('E-mailadres').fill('tl@dalfsen.nl');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(USER_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    // The teamleider's start screen is the Overzicht.
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();

    const range = `periode=range&van=${day(-60)}&tot=${today}`;
    await page.goto(`${base}/overzicht?${range}`);
    const figure = (name: string) => page.locator(`[data-figure="${name}"] .figure-value`).first();
    // The figures update by themselves once the sync has brought the records.
    await expect.poll(() => figure('bezoeken').textContent(), { timeout: 20_000 }).toBe('2');
    const expected: Record<string, string> = {
      bezoeken: '2',
      gesprekken: '1',
      organisaties: '2',
      'contact-plaatselijke-belangen': '0',
      'nieuwe-ideeen': '3',
      'initiatieven-zonder-gebiedsverbinder': '1',
      'terugkoppeling-op-tijd': '50%',
      terugkoppeling: '25',
      'terugkoppeling-te-laat': '0',
      'terugkoppeling-nog-niet-gegeven': '1',
      'acties-over-tijd': '1',
    };
    for (const [name, value] of Object.entries(expected)) {
      expect(await figure(name).textContent(), name).toBe(value);
    }

    // A figure opens its list; the list downloads as CSV and parses back to the same rows.
    await page.locator('[data-figure="bezoeken"] summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('[data-figure="bezoeken"]')
        .getByRole('button', { name: 'Download als CSV' })
        .click(),
    ]);
    const temp = makeTempDir('overview-e2e');
    const csvPath = join(temp.path, 'bezoeken.csv');
    await download.saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv)).toEqual([
      ['Datum', 'Kern', 'Soort contact', 'Organisaties', 'Gebiedsverbinder'],
      [v1.date, 'Hoonhorst', 'bezoek', 'PB Hoonhorst', 'anna'],
      [v3.date, 'Dalfsen', 'bezoek', 'Voetbalclub Dalfsen', 'anna'],
    ]);

    // The export with contact details is logged on the server first.
    await page.locator('[data-figure="organisaties"] summary').click();
    const [withContacts] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download met contactgegevens' }).click(),
    ]);
    const contactsPath = join(temp.path, 'contacts.csv');
    await withContacts.saveAs(contactsPath);
    expect(readFileSync(contactsPath, 'utf8')).toContain('pb@hoonhorst.nl');
    const admin = await adminLogin(base);
    const audit = (await (
      await fetch(`${base}/api/admin/audit`, {
        headers: { authorization: `Bearer ${admin.accessToken}` },
      })
    ).json()) as { action: string; objectId: string }[];
    expect(audit.find((entry) => entry.action === 'export.contact-details')?.objectId).toBe(
      'organisations:2',
    );

    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The council report, printed to PDF and read back.
    await page.getByRole('link', { name: 'Verslag voor de raad' }).click();
    await page.getByRole('heading', { level: 1, name: /^Verantwoording participatie/ }).waitFor();
    await page.locator('.ct-chart-bar, svg.ct-chart-bar').first().waitFor({ state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);
    const pdfPath = join(temp.path, 'verslag.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const heading of [
      'Verantwoording participatie',
      'Contact met de kernen',
      'Ondersteunde initiatieven en hun uitkomst',
      'Per kern',
      'Afgedrukt op',
      // Table cells wrap in the layout: single words of the rows.
      'Speeltuin',
      'Bankje',
    ]) {
      expect(text, heading).toContain(heading);
    }
    expect(text).toMatch(/Bezoeken\s+2\b/);
    expect(text).toMatch(/Gesprekken \(telefoon, e-mail, anders\)\s+1\b/);
    expect(text).toContain('50%');
    // The header and footer repeat on each page: more than one page, each with the period.
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const printed of pages) expect(printed).toContain('Verantwoording participatie');
    await context.close();
    temp.remove();
  });
});
