import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColleagueSchema } from '../../src/shared/colleagues.ts';
import { createAccount, getJson } from '../support/accounts.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { DIST_DIR } from '../support/paths.ts';

describe('the colleagues list', () => {
  let server: InProcessServer;

  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: DIST_DIR });
  });
  afterAll(() => server.close());

  it('gives every account the names that go with the user ids, and nothing else', async () => {
    const anna = await createAccount(
      server,
      'anna@dalfsen.nl',
      ['gebiedsverbinder'],
      ['Lemelerveld'],
    );
    const teamleider = await createAccount(server, 'tl@dalfsen.nl', ['teamleider']);
    // Invited, not set up yet: no records of theirs exist, but the name may as well come.
    await server.services.accounts.invite(
      { email: 'nieuw@dalfsen.nl', displayName: 'Nieuw', roles: ['gebiedsverbinder'], kernIds: [] },
      { actorId: null, address: 'test' },
    );

    const response = await getJson(server, '/api/colleagues', anna.accessToken);
    expect(response.status).toBe(200);
    const colleagues = v.parse(v.array(ColleagueSchema), await response.json());
    expect(colleagues.map((colleague) => colleague.displayName)).toEqual(['anna', 'Nieuw', 'tl']);
    expect(colleagues.find((colleague) => colleague.displayName === 'tl')?.id).toBe(
      teamleider.user.id,
    );
    expect(JSON.stringify(colleagues)).not.toContain('@');
    // The kernen of each active gebiedsverbinder, so the app offers only whom the server accepts.
    const kernOf = (name: string) => colleagues.find((c) => c.displayName === name)?.kernIds;
    expect(kernOf('anna')).toEqual(anna.user.kernIds);
    expect(kernOf('anna')).toHaveLength(1);
    expect(kernOf('tl')).toEqual([]);
    expect(kernOf('Nieuw')).toEqual([]);
  });
});
