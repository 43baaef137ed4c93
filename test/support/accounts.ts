import type { TokenResponse } from '../../src/shared/auth-api.ts';
import type { Role } from '../../src/shared/roles.ts';
import type { InProcessServer } from './in-process-server.ts';

export const TEST_PASSWORD = 'lange-zin-als-wachtwoord';

/** Invites an account, completes its setup link over HTTP, and returns its first tokens. */
export async function createAccount(
  server: InProcessServer,
  email: string,
  roles: Role[],
  kernNames: string[] = [],
): Promise<TokenResponse> {
  const kernen = await server.store.reference.listKernen();
  const kernIds = kernNames.map((name) => {
    const kern = kernen.find((k) => k.name === name);
    if (!kern) throw new Error(`no kern ${name}`);
    return kern.id;
  });
  const { setupLink } = await server.services.accounts.invite(
    { email, displayName: email.split('@')[0] ?? email, roles, kernIds },
    { actorId: null, address: 'test' },
  );
  const token = new URL(setupLink).hash.replace('#token=', '');
  const response = await postJson(server, '/api/auth/setup', { token, password: TEST_PASSWORD });
  if (response.status !== 200) throw new Error(`setup failed: ${await response.text()}`);
  return (await response.json()) as TokenResponse;
}

export function postJson(
  server: InProcessServer,
  path: string,
  body: unknown,
  accessToken?: string,
): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

export function patchJson(
  server: InProcessServer,
  path: string,
  body: unknown,
  accessToken: string,
): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify(body),
  });
}

export function getJson(
  server: InProcessServer,
  path: string,
  accessToken?: string,
): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
}

export async function reasonOf(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { reason?: string } };
  return body.error?.reason ?? `(no reason; status ${response.status})`;
}
