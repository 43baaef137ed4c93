import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openConnectorDevice } from '../support/e2e-devices.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { rowsOnServer, saveVisit } from '../support/e2e-visits.ts';
import { PROJECT_ROOT, requireBuild } from '../support/paths.ts';
import { rawPusher } from '../support/pushed-records.ts';
import { syncNow } from '../support/e2e-sync-line.ts';

type Data = Record<string, unknown>;

const BACKUP_ENTRY = join(PROJECT_ROOT, 'build/server/server/cli/backup.js');
const PERSON = 'Henk Smit';
const INITIATIVE = 'Pluktuin bij de school';
const NEW_PHONE = '0529 123456';

/** `npm run backup` (without its build step) on the running server's data; the copy's path. */
function npmRunBackup(dataDir: string): string {
  const output = execFileSync(process.execPath, [requireBuild(BACKUP_ENTRY)], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env['PATH'] ?? '', DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  const path = /Backup written: (.+)/.exec(output)?.[1];
  if (!path) throw new Error(`no backup written: ${output}`);
  return path.trim();
}

/** Every record the account may see, as a new device of it would download them. */
async function recordsOnServer(baseUrl: string, accessToken: string): Promise<Data[]> {
  const rows = await rowsOnServer(baseUrl, accessToken);
  return rows.map((row) => ({ ...row.data, table: row.table }));
}

const find = (rows: Data[], table: string, test: (row: Data) => boolean) =>
  rows.find((row) => row['table'] === table && test(row));
const noteTexts = (visit: Data | undefined) =>
  ((visit?.['noteRevisions'] as { text: string }[] | undefined) ?? []).map((note) => note.text);

const mentions = (visit: Data, words: string) =>
  noteTexts(visit).some((text) => text.includes(words));

/** What the server must hold after the restore and the devices' sync. */
function everyChange(rows: Data[]) {
  const initiative = find(rows, 'initiatives', (row) => row['title'] === INITIATIVE);
  return {
    phone: find(rows, 'people', (row) => row['name'] === PERSON)?.['phone'],
    newVisit: noteTexts(find(rows, 'visits', (row) => mentions(row, 'Bij de brug'))),
    revisedVisit: noteTexts(find(rows, 'visits', (row) => mentions(row, 'Bij de molen'))),
    status: initiative?.['status'],
    feedback: (initiative?.['feedbackLog'] as { summary: string }[] | undefined)?.map(
      (entry) => entry.summary,
    ),
  };
}

const status = (page: Page) => page.getByTestId('unsent');

async function allSent(page: Page): Promise<void> {
  await expect
    .poll(() => status(page).textContent(), { timeout: 20_000 })
    .toBe('Alles is verstuurd');
}

async function openPerson(page: Page): Promise<void> {
  await page.goto(new URL('/kernen', page.url()).href);
  await page.getByRole('link', { name: 'Hoonhorst' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hoonhorst' }).waitFor();
  await page.getByRole('link', { name: PERSON }).click({ timeout: 3_000 });
  await page.getByRole('heading', { level: 1, name: PERSON }).waitFor();
}

async function openInitiative(page: Page): Promise<void> {
  await page.goto(new URL('/initiatieven', page.url()).href);
  await page.getByRole('link', { name: INITIATIVE }).click({ timeout: 3_000 });
  await page.getByRole('heading', { level: 1, name: INITIATIVE }).waitFor();
}

/** Syncs now, until the screen opened by `shows` passes (the pulled rows are in). */
async function syncUntil(page: Page, shows: (page: Page) => Promise<unknown>): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.goto(new URL('/synchronisatie', page.url()).href);
        await syncNow(page);
        await page.waitForTimeout(500);
        return shows(page).then(
          () => true,
          () => false,
        );
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
}

const showsNewPhone = async (page: Page) => {
  await openPerson(page);
  await page.getByText(NEW_PHONE).waitFor({ timeout: 2_000 });
};

const showsNewestInitiative = async (page: Page) => {
  await openInitiative(page);
  await page.locator('.facts dd', { hasText: 'In gesprek' }).waitFor({ timeout: 2_000 });
  await page.getByText('Initiatiefnemer gebeld over de grond').waitFor({ timeout: 2_000 });
};

describe('a server restored from a backup (real Chromium, real server process)', () => {
  const e2e = chromiumAndApp();
  let anna: { context: BrowserContext; page: Page };
  let bert: { context: BrowserContext; page: Page };
  let annaToken: string;

  beforeAll(async () => {
    const open = (email: string) => openConnectorDevice(e2e, email, { width: 320, height: 720 });
    const annaOpened = await open('anna@dalfsen.nl');
    anna = annaOpened;
    annaToken = annaOpened.tokens.accessToken;
    bert = await open('bert@dalfsen.nl');
  });

  it('holds every change after the devices sync, and the devices show the newest values', async () => {
    const { baseUrl } = e2e.app;
    // Before the backup: a person, a visit and an initiative, on both devices.
    await anna.page.goto(new URL('/kernen', anna.page.url()).href);
    await anna.page.getByRole('link', { name: 'Hoonhorst' }).click();
    await anna.page.getByRole('link', { name: 'Persoon toevoegen' }).click();
    await anna.page.getByLabel('Naam').fill(PERSON);
    await anna.page.getByRole('button', { name: 'Opslaan' }).click();
    await anna.page.getByRole('heading', { level: 1, name: PERSON }).waitFor();
    await saveVisit(anna.page, 'Bij de molen over de verlichting');
    await anna.page.goto(new URL('/initiatieven/nieuw', anna.page.url()).href);
    await anna.page.getByLabel('Titel').fill(INITIATIVE);
    await anna.page.getByLabel('Omschrijving').fill('Ouders willen een pluktuin naast het plein.');
    await anna.page.getByRole('button', { name: 'Initiatief vastleggen' }).click();
    await anna.page.getByRole('heading', { level: 1, name: INITIATIVE }).waitFor();
    await allSent(anna.page);
    await syncUntil(bert.page, openInitiative);

    const backup = npmRunBackup(e2e.app.dataDir);

    // After the backup, through the app: a new visit, a person's number, a status step.
    await saveVisit(anna.page, 'Bij de brug over de bankjes');
    await openPerson(anna.page);
    await anna.page.getByRole('link', { name: 'Wijzigen' }).click();
    // The form shows the stored record first; typing before that would be overwritten.
    await expect.poll(() => anna.page.getByLabel('Naam').inputValue()).toBe(PERSON);
    await anna.page.getByLabel('Telefoonnummer').fill(NEW_PHONE);
    await anna.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await anna.page.getByRole('heading', { level: 1, name: PERSON }).waitFor();
    await anna.page.getByText(NEW_PHONE).waitFor();
    await openInitiative(anna.page);
    await anna.page.getByLabel('Nieuwe status').selectOption({ label: 'In gesprek' });
    await anna.page.getByRole('button', { name: 'Status opslaan' }).click();
    await anna.page.locator('.facts dd', { hasText: 'In gesprek' }).waitFor();
    await allSent(anna.page);
    // And from another device of Anna's (raw pushes): a note added, feedback given. That
    // device is gone after the restore: only the browsers' copies can bring these back.
    const before = await recordsOnServer(baseUrl, annaToken);
    const visit = find(before, 'visits', (row) => mentions(row, 'Bij de molen'));
    const initiative = find(before, 'initiatives', (row) => row['title'] === INITIATIVE);
    const now = Date.now();
    const push = rawPusher(baseUrl, annaToken);
    const patch = (table: string, record: Data | undefined, fields: Data) => ({
      table,
      recordId: String(record?.['id']),
      kind: 'patch',
      patch: fields,
    });
    const answer = await push([
      patch('visits', visit, {
        noteRevisions: [
          {
            id: crypto.randomUUID(),
            text: 'Bij de molen: aangevuld',
            createdAt: now,
            authorId: '',
          },
        ],
      }),
      patch('initiatives', initiative, {
        feedbackLog: [
          {
            id: crypto.randomUUID(),
            date: new Date(now).toISOString().slice(0, 10),
            channel: 'telefoon',
            summary: 'Initiatiefnemer gebeld over de grond',
            by: String(initiative?.['registeredById']),
          },
        ],
      }),
    ]);
    expect(answer).toEqual({ status: 200, rejected: [] });
    const expected = {
      phone: NEW_PHONE,
      newVisit: ['Bij de brug over de bankjes'],
      revisedVisit: ['Bij de molen over de verlichting', 'Bij de molen: aangevuld'],
      status: 'in gesprek',
      feedback: ['Initiatiefnemer gebeld over de grond'],
    };
    await expect
      .poll(async () => everyChange(await recordsOnServer(baseUrl, annaToken)), {
        timeout: 20_000,
      })
      .toEqual(expected);
    // Both browsers pull it all: Bert's has nothing waiting of its own.
    await syncUntil(anna.page, showsNewestInitiative);
    await syncUntil(bert.page, showsNewestInitiative);
    await allSent(bert.page);

    // The operator stops the server, copies the backup back and starts it.
    await e2e.app.restart((dataDir) => copyFileSync(backup, join(dataDir, 'noaber.sqlite')));
    expect(everyChange(await recordsOnServer(baseUrl, annaToken))).toMatchObject({
      phone: '',
      newVisit: [],
      status: 'ingediend',
    });

    // Bert's device (nothing waiting) syncs first, then Anna's.
    await syncUntil(bert.page, showsNewPhone);
    await syncUntil(anna.page, showsNewPhone);
    await expect
      .poll(async () => everyChange(await recordsOnServer(baseUrl, annaToken)), {
        timeout: 20_000,
      })
      .toEqual(expected);
    for (const { page } of [anna, bert]) {
      await allSent(page);
      await showsNewPhone(page);
      await showsNewestInitiative(page);
    }
  });
});
