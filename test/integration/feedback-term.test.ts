import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, getJson, reasonOf } from '../support/accounts.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { DIST_DIR } from '../support/paths.ts';

describe('the feedback term', () => {
  let server: InProcessServer;
  let admin: string;
  let connector: string;

  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: DIST_DIR });
    admin = (await createAccount(server, 'beheer@dalfsen.nl', ['beheerder'])).accessToken;
    connector = (await createAccount(server, 'gv@dalfsen.nl', ['gebiedsverbinder'], ['Hoonhorst']))
      .accessToken;
  });
  afterAll(() => server.close());

  const put = (body: unknown) =>
    fetch(`${server.baseUrl}/api/admin/feedback-term`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify(body),
    });
  const read = async (): Promise<unknown> =>
    (await getJson(server, '/api/feedback-term', connector)).json();

  it('starts at four weeks', async () => {
    expect(await read()).toEqual({ unit: 'weeks', amount: 4 });
  });

  it('is changed by a beheerder, audited, and read by every account', async () => {
    const term = {
      unit: 'working-days',
      amount: 10,
      holidays: { goodFriday: true, liberationDay: 'every-year' },
    };
    const response = await put(term);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(term);
    expect(await read()).toEqual(term);
    expect((await server.store.audit.list(5)).map((entry) => entry.action)).toContain(
      'feedback-term.update',
    );
    await put({ unit: 'weeks', amount: 2 });
    expect(await read()).toEqual({ unit: 'weeks', amount: 2 });
  });

  it.each([
    [{ unit: 'weeks', amount: 0 }, 'amount'],
    [{ unit: 'weeks', amount: 2.5 }, 'amount'],
    [{ unit: 'weeks', amount: 27 }, 'amount'],
    [{ unit: 'weeks', amount: '4' }, 'amount'],
    [{ unit: 'months', amount: 1 }, 'unit'],
    [{ unit: 'working-days', amount: 10 }, 'holidays'],
    [{ unit: 'weeks', amount: 4, extra: true }, 'extra'],
  ])('refuses %j with 400 naming the field', async (body, field) => {
    const before = await read();
    const response = await put(body);
    expect(response.status).toBe(400);
    const answer = (await response.clone().json()) as { error: { message: string } };
    expect(await reasonOf(response)).toBe('invalid-body');
    expect(answer.error.message).toContain(field);
    expect(await read()).toEqual(before);
  });
});
