import { describe, expect, it } from 'vitest';
import { chromiumAndApp } from '../support/e2e-setup.ts';
import { signIn } from '../support/e2e-accounts.ts';
import { ADMIN } from '../support/served-app.ts';

describe('beheer: inviting a colleague (real Chromium, real server)', () => {
  const e2e = chromiumAndApp();

  it('invites a gebiedsverbinder whose one-time link sets a password and signs them in', async () => {
    const adminContext = await e2e.browser.newContext();
    const admin = await adminContext.newPage();
    await admin.goto(`${e2e.app.baseUrl}/`);
    await signIn(admin, ADMIN.email, ADMIN.password);
    await admin
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Beheer' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();

    const form = admin.locator('form', { has: admin.getByRole('button', { name: 'Uitnodigen' }) });
    // Refused first: the form says what is wrong, next to the field, and keeps the input.
    await form.getByLabel('Naam').fill('Gerrit Verbinder');
    await form.getByRole('button', { name: 'Uitnodigen' }).click();
    await form.getByText('Vul een geldig e-mailadres in').waitFor();
    expect(await form.getByLabel('Naam').inputValue()).toBe('Gerrit Verbinder');

    await form.getByLabel('E-mailadres').fill('gerrit@dalfsen.nl');
    await form.getByRole('checkbox', { name: 'Hoonhorst' }).check();
    await form.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = await admin.getByLabel('Eenmalige link').inputValue();
    expect(link).toMatch(/\/wachtwoord-instellen#token=/);
    await admin.getByRole('link', { name: 'Gerrit Verbinder' }).waitFor();

    const colleagueContext = await e2e.browser.newContext();
    const colleague = await colleagueContext.newPage();
    await colleague.goto(link);
    await colleague.getByText('Welkom, Gerrit Verbinder').waitFor();
    expect(new URL(colleague.url()).hash).toBe(''); // the token left the address bar
    await colleague.getByLabel('Nieuw wachtwoord').fill('mijn eigen lange wachtwoord');
    await colleague.getByLabel('Herhaal het wachtwoord').fill('mijn eigen lange wachtwoord');
    await colleague.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    expect(await colleague.locator('header').textContent()).toContain('Gerrit Verbinder');
    // A gebiedsverbinder has no beheer menu, and the beheer page is not there for them.
    expect(await colleague.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await colleague.goto(`${e2e.app.baseUrl}/beheer`);
    await colleague.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();

    // The link works once.
    const thirdContext = await e2e.browser.newContext();
    const third = await thirdContext.newPage();
    await third.goto(link);
    await third.getByText('Deze link werkt niet (meer).').waitFor();

    // The beheerder sees the device and signs it out.
    await admin.getByRole('link', { name: 'Gerrit Verbinder' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Gerrit Verbinder' }).waitFor();
    await admin.getByRole('button', { name: /^Uitloggen Chrome/ }).click();
    await admin.getByText('Dit account is op geen enkel apparaat ingelogd.').waitFor();

    await colleague.reload();
    await colleague.getByText('Je bent op dit apparaat uitgelogd door een beheerder.').waitFor();
    for (const context of [adminContext, colleagueContext, thirdContext]) await context.close();
  });
});
