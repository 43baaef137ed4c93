import type { Page } from 'playwright-core';
import type { InviteAnswer, TokenResponse } from '../../src/shared/auth-api.ts';
import type { Role } from '../../src/shared/roles.ts';
import { ADMIN } from './served-app.ts';

export const USER_PASSWORD = 'een-lang-veldwerkwachtwoord';

async function post<T>(url: string, body: unknown, accessToken?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function get<T>(url: string, accessToken: string): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${accessToken}` } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export function adminLogin(baseUrl: string): Promise<TokenResponse> {
  return post<TokenResponse>(`${baseUrl}/api/auth/login`, ADMIN);
}

/**
 * Invites an account through the API, as the beheerder would, for the kernen named, and sets
 * its password.
 */
export async function createUser(
  baseUrl: string,
  email: string,
  roles: Role[],
  kernNames: string[] = [],
): Promise<TokenResponse> {
  const admin = await adminLogin(baseUrl);
  const kernen = kernNames.length
    ? await get<{ id: string; name: string }[]>(`${baseUrl}/api/kernen`, admin.accessToken)
    : [];
  const kernIds = kernNames.map((name) => {
    const kern = kernen.find((candidate) => candidate.name === name);
    if (!kern) throw new Error(`no kern named ${name}`);
    return kern.id;
  });
  const invite = await post<InviteAnswer>(
    `${baseUrl}/api/admin/users`,
    { email, displayName: email.split('@')[0], roles, kernIds },
    admin.accessToken,
  );
  const token = new URL(invite.setupLink).hash.slice('#token='.length);
  return post<TokenResponse>(`${baseUrl}/api/auth/setup`, { token, password: USER_PASSWORD });
}

/**
 * Signs in through the real sign-in form and waits for the first screen: Vandaag, or the
 * Overzicht of a teamleider who does no field work.
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /^(Vandaag|Overzicht)$/ }).waitFor();
}

export interface StoredSessionView {
  userId: string;
  refreshToken: string;
  needsSignIn: boolean;
}

/** The session as the app stored it in IndexedDB (idb-keyval's default store). */
export function storedSession(page: Page): Promise<StoredSessionView | null> {
  return page.evaluate(
    () =>
      new Promise<StoredSessionView | null>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('keyval').objectStore('keyval').get('session');
          get.onsuccess = () => {
            const value = get.result as
              { user: { id: string }; refreshToken: string; needsSignIn: boolean } | undefined;
            db.close();
            resolve(
              value
                ? {
                    userId: value.user.id,
                    refreshToken: value.refreshToken,
                    needsSignIn: value.needsSignIn,
                  }
                : null,
            );
          };
        };
      }),
  );
}

export function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}
