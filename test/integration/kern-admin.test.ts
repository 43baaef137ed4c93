import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import type { Kern } from '../../src/shared/reference-data.ts';
import { DIST_DIR } from '../support/paths.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { createAccount, patchJson, postJson, reasonOf } from '../support/accounts.ts';

describe('a kern parent that would make a loop', () => {
  let server: InProcessServer;
  let admin: TokenResponse;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: DIST_DIR });
    admin = await createAccount(server, 'beheer@dalfsen.nl', ['beheerder']);
    // Zuiderdorp ← Middenhoek ← Onderbroek: a village, a hamlet in it, a hamlet in that one.
    let parentId: string | null = null;
    for (const [name, kind] of [
      ['Zuiderdorp', 'dorp'],
      ['Middenhoek', 'buurtschap'],
      ['Onderbroek', 'buurtschap'],
    ] as const) {
      const created = await postJson(
        server,
        '/api/admin/kernen',
        { name, kind, parentId },
        admin.accessToken,
      );
      expect(created.status).toBe(201);
      parentId = ((await created.json()) as Kern).id;
      ids[name] = parentId;
    }
  });
  afterAll(() => server.close());

  const setParent = (name: string, parentId: string | null) =>
    patchJson(server, `/api/admin/kernen/${ids[name]}`, { parentId }, admin.accessToken);
  const parentOf = async (name: string) =>
    (await server.store.reference.findKern(ids[name] ?? ''))?.parentId;

  it.each([
    ['itself', 'Zuiderdorp', 'Zuiderdorp'],
    ['the hamlet in it', 'Zuiderdorp', 'Middenhoek'],
    ['a hamlet two levels down', 'Zuiderdorp', 'Onderbroek'],
    ['its own hamlet, one level down', 'Middenhoek', 'Onderbroek'],
  ])(
    'refuses to put a kern in %s with 409 kern-cycle, changing nothing',
    async (_l, kern, parent) => {
      const before = await parentOf(kern);
      const response = await setParent(kern, ids[parent] ?? '');
      expect(response.status).toBe(409);
      expect(await reasonOf(response)).toBe('kern-cycle');
      expect(await parentOf(kern)).toBe(before);
    },
  );

  it('allows moving a kern up the tree and taking its parent away', async () => {
    expect((await setParent('Onderbroek', ids['Zuiderdorp'] ?? '')).status).toBe(200);
    expect(await parentOf('Onderbroek')).toBe(ids['Zuiderdorp']);
    // Now Middenhoek holds nothing: Onderbroek may take it in.
    expect((await setParent('Middenhoek', ids['Onderbroek'] ?? '')).status).toBe(200);
    expect((await setParent('Middenhoek', null)).status).toBe(200);
    expect(await parentOf('Middenhoek')).toBeNull();
  });
});
