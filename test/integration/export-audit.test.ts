import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, postJson, reasonOf } from '../support/accounts.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { DIST_DIR } from '../support/paths.ts';

describe('logging a CSV export with contact details', () => {
  let server: InProcessServer;

  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: DIST_DIR });
  });
  afterAll(() => server.close());

  const exports = async () =>
    (await server.store.audit.list(100)).filter(
      (entry) => entry.action === 'export.contact-details',
    );

  it('writes who exported which list, and how many rows, to the audit log', async () => {
    const lead = await createAccount(server, 'tl@dalfsen.nl', ['teamleider']);
    const response = await postJson(
      server,
      '/api/audit/contact-export',
      { list: 'organisations', rows: 12 },
      lead.accessToken,
    );
    expect(response.status).toBe(204);
    expect(await exports()).toMatchObject([
      { actorId: lead.user.id, objectType: 'export', objectId: 'organisations:12', result: 'ok' },
    ]);
  });

  it('refuses anyone who is no teamleider, and logs nothing', async () => {
    const anna = await createAccount(server, 'anna@dalfsen.nl', ['gebiedsverbinder'], ['Dalfsen']);
    const before = (await exports()).length;
    const response = await postJson(
      server,
      '/api/audit/contact-export',
      { list: 'organisations', rows: 1 },
      anna.accessToken,
    );
    expect(response.status).toBe(403);
    expect(await exports()).toHaveLength(before);
  });

  it.each([
    [{ list: 'visits', rows: 1 }],
    [{ list: 'organisations', rows: -1 }],
    [{ list: 'organisations', rows: 1.5 }],
    [{ list: 'organisations' }],
    [{ list: 'organisations', rows: 1, extra: true }],
  ])('refuses a bad body %j with 400 and logs nothing', async (body) => {
    const lead = await createAccount(server, `tl-${Math.random()}@dalfsen.nl`, ['teamleider']);
    const before = (await exports()).length;
    const response = await postJson(server, '/api/audit/contact-export', body, lead.accessToken);
    expect(response.status).toBe(400);
    expect(await reasonOf(response)).toBe('invalid-body');
    expect(await exports()).toHaveLength(before);
  });
});
