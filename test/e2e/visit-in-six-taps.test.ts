import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { createUser, signIn, USER_PASSWORD } from '../support/e2e-accounts.ts';
import { rawPusher } from '../support/pushed-records.ts';
import { installTapCounter, readEffort, resetEffort } from '../support/tap-counter.ts';

const CONNECTOR = 'hester@dalfsen.nl';
const PHONE = { width: 320, height: 640 };
/** The budget for one visit: taps and focus moves besides typing, and scrolling. */
const TAP_BUDGET = 6;
const SCROLL_BUDGET = 1.5 * PHONE.height;

/**
 * Hoonhorst's Plaatselijk Belang with its chair and secretary, put on the server by the
 * connector's own (other) device, so that the phone below downloads them.
 */
async function seedPlaatselijkBelang(baseUrl: string): Promise<void> {
  const tokens = await createUser(baseUrl, CONNECTOR, ['gebiedsverbinder'], ['Hoonhorst']);
  const headers = { authorization: `Bearer ${tokens.accessToken}` };
  const kinds = (await (await fetch(`${baseUrl}/api/organisation-kinds`, { headers })).json()) as {
    id: string;
    name: string;
  }[];
  const kindId = kinds.find((kind) => kind.name === 'Plaatselijk Belang')?.id;
  const kernId = tokens.user.kernIds[0];
  if (!kindId || !kernId) throw new Error('no Plaatselijk Belang kind or kern');
  const now = Date.now();
  const meta = () => ({ id: randomUUID(), createdAt: now, updatedAt: now, deleted: false });
  const pb = {
    ...meta(),
    name: 'Plaatselijk Belang Hoonhorst',
    kindId,
    kernIds: [kernId],
    status: 'actief',
    endDate: null,
  };
  const member = (name: string, role: string) => ({
    ...meta(),
    name,
    kernId,
    dataBasis: 'bestuurslid vereniging',
    memberships: [{ organisationId: pb.id, role, startDate: null, endDate: null }],
  });
  const records = [
    { table: 'organisations', patch: pb },
    { table: 'people', patch: member('Hendrika Mulder', 'voorzitter') },
    { table: 'people', patch: member('Jan ter Haar', 'secretaris') },
    { table: 'people', patch: { ...meta(), name: 'Gerda Bos', kernId, dataBasis: 'buurtbewoner' } },
  ];
  const answer = await rawPusher(
    baseUrl,
    tokens.accessToken,
  )(records.map((record) => ({ ...record, recordId: record.patch.id, kind: 'create' })));
  if (answer.status !== 200 || answer.rejected.length) throw new Error(JSON.stringify(answer));
}

describe('Nieuw bezoek in six taps at 320 × 640, offline (real Chromium)', () => {
  const e2e = chromiumAndApp();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await seedPlaatselijkBelang(e2e.app.baseUrl);
    context = await e2e.browser.newContext({ viewport: PHONE, hasTouch: true });
    page = await context.newPage();
    await installTapCounter(page);
    await page.goto(`${e2e.app.baseUrl}/`);
    await signIn(page, CONNECTOR, USER_PASSWORD);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('link', { name: 'Nieuw bezoek' }).click();
    // The kern's records reach the phone while online; from here on there is no network.
    await page.getByRole('button', { name: /Plaatselijk Belang Hoonhorst/ }).waitFor();
    await context.setOffline(true);
    await e2e.app.server.stop();
  });

  /** The save bar is on screen, whatever was scrolled. */
  async function saveButtonInView(): Promise<boolean> {
    const box = await page.getByRole('button', { name: 'Opslaan' }).boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
  }

  /** A tap into a field, then typing, as a thumb and a phone keyboard do it. */
  async function tapAndType(label: string, text: string): Promise<void> {
    await page.getByLabel(label, { exact: true }).click();
    await page.keyboard.type(text);
  }

  it('logs kern, one organisation, two people, channel, a note and an action within budget', async () => {
    await page.goto(`${e2e.app.baseUrl}/bezoek/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw bezoek' }).waitFor();
    await page.getByRole('button', { name: /Plaatselijk Belang Hoonhorst/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await resetEffort(page);

    // Kern: Hoonhorst is the only one, so it is chosen; the date is today.
    await page.getByText(/^Hoonhorst · vandaag/).waitFor();
    expect(await saveButtonInView(), 'save bar visible at the start').toBe(true);
    await page.getByRole('button', { name: /Plaatselijk Belang Hoonhorst/ }).click();
    // Picking the organisation suggests its board.
    await page.getByRole('button', { name: /Hendrika Mulder \(voorzitter\)/ }).click();
    await page.getByRole('button', { name: /Jan ter Haar \(secretaris\)/ }).click();
    // The channel is "bezoek" already.
    expect(await page.getByRole('radio', { name: 'Bezoek' }).isChecked()).toBe(true);
    await tapAndType('Aantekeningen', 'Schouw besproken; speeltuin heeft een nieuw hek nodig.');
    await tapAndType('Wat moet er nog gebeuren?', 'Offerte hek opvragen');
    // "Over 1 week" is chosen already.
    expect(await page.getByRole('radio', { name: 'Over 1 week' }).isChecked()).toBe(true);
    expect(await saveButtonInView(), 'save bar visible at the end').toBe(true);
    // After the save the app scrolls back up by itself: that is not the person's scrolling.
    const { scrolled } = await readEffort(page);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Bezoek opgeslagen.', { exact: false }).waitFor();

    const effort = { ...(await readEffort(page)), scrolled };
    console.info(
      `visit in ${effort.taps} taps + ${effort.focusMoves} focus moves, ${effort.scrolled} px scrolled (budget ${TAP_BUDGET} and ${SCROLL_BUDGET} px)\n  ${effort.log.join('\n  ')}`,
    );
    expect(effort.taps + effort.focusMoves, effort.log.join('\n')).toBeLessThanOrEqual(TAP_BUDGET);
    expect(effort.scrolled).toBeLessThanOrEqual(SCROLL_BUDGET);

    // Ready for the next visit: empty, in the same kern, and the saved one can be opened.
    expect(await page.getByLabel('Aantekeningen', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('button', { name: /Hendrika Mulder weghalen/ }).count()).toBe(0);
    await page.getByText(/^Hoonhorst · vandaag/).waitFor();
    expect(await seriousViolations(page), 'new visit after a save').toEqual([]);
  });

  it('counts the board in one tap and a channel chip in one more, within the same budget', async () => {
    await resetEffort(page);
    // The organisation is now among the chips as a recent one.
    await page.getByRole('button', { name: /Plaatselijk Belang Hoonhorst/ }).click();
    await page.getByRole('button', { name: /Iedereen van het bestuur/ }).click();
    await page.getByRole('radio', { name: 'PB-vergadering' }).click();
    await tapAndType('Aantekeningen', 'Jaarvergadering: begroting vastgesteld.');
    await tapAndType('Wat moet er nog gebeuren?', 'Notulen nasturen');
    const { scrolled } = await readEffort(page);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Bezoek opgeslagen.', { exact: false }).waitFor();
    const effort = { ...(await readEffort(page)), scrolled };
    console.info(
      `board visit in ${effort.taps} taps + ${effort.focusMoves} focus moves, ${effort.scrolled} px scrolled`,
    );
    expect(effort.taps + effort.focusMoves, effort.log.join('\n')).toBeLessThanOrEqual(TAP_BUDGET);
    expect(effort.scrolled).toBeLessThanOrEqual(SCROLL_BUDGET);
  });

  it('says in words what is missing before saving, and keeps what was typed', async () => {
    await tapAndType('Wat moet er nog gebeuren?', 'Iemand terugbellen');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Niet alles is goed ingevuld.', { exact: false }).waitFor();
    expect(
      await page
        .getByText('Schrijf een notitie, of kies een persoon of een organisatie.')
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.getByLabel('Wat moet er nog gebeuren?').inputValue()).toBe(
      'Iemand terugbellen',
    );
    // A new person inline, found by nobody in the search: added by name.
    await tapAndType('Zoek een persoon of organisatie', 'Piet Bakker');
    await page
      .getByRole('button', { name: '+ "Piet Bakker" toevoegen als nieuwe persoon' })
      .click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Bezoek opgeslagen.', { exact: false }).waitFor();
    expect(await seriousViolations(page), 'new visit').toEqual([]);
  });

  it('shows the saved visits and their follow-ups on Vandaag', async () => {
    await page.getByRole('link', { name: 'Naar Vandaag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    await page.getByText('Offerte hek opvragen', { exact: true }).waitFor();
    await page.getByText('Notulen nasturen', { exact: true }).waitFor();
    await page.getByText('Iemand terugbellen', { exact: true }).waitFor();
    await page
      .getByText(/^Uiterlijk \d+ \w+ \d{4}$/)
      .first()
      .waitFor();
    // "Klaar" can be taken back for a moment instead of the action vanishing at once.
    await page.getByRole('button', { name: /^Klaar\b.*Iemand terugbellen/ }).click();
    await page.getByText('"Iemand terugbellen" is klaar.').waitFor();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('button', { name: /^Klaar\b.*Iemand terugbellen/ }).waitFor();
    expect(await seriousViolations(page), 'Vandaag').toEqual([]);
  });
});
