import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../src/shared/auth-api.ts';
import { FORM_AUTHOR_ID, UNKNOWN_KERN_ID } from '../../src/shared/ideas/form-author.ts';
import type { IdeaStatusView } from '../../src/shared/ideas/idea-status.ts';
import { newId } from '../../src/shared/ids.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { kernKey, userKey } from '../../src/server/sync-service/record-scope.ts';
import { createAccount, postJson } from '../support/accounts.ts';
import { jpegWithGps, validIdea } from '../support/idea-fixtures.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { makeTempDir } from '../support/temp-dir.ts';

type Row = { table: string; id: string; data: Record<string, unknown> };

describe('residents send ideas through the form (issue 16)', () => {
  let server: InProcessServer;
  let staticDir: ReturnType<typeof makeTempDir>;
  let kernId: string;

  beforeEach(async () => {
    staticDir = makeTempDir('static');
    server = await startInProcessServer({ staticDir: staticDir.path });
    kernId =
      (await server.store.reference.listKernen()).find((k) => k.name === 'Hoonhorst')?.id ?? '';
  });
  afterEach(async () => {
    await server.close();
    staticDir.remove();
  });

  const send = (idea: unknown) => postJson(server, '/api/ideas', idea);
  const status = async (code: string) => postJson(server, '/api/ideas/status', { code });

  async function pull(token: TokenResponse): Promise<Row[]> {
    const rows: Row[] = [];
    const clientId = crypto.randomUUID();
    for (let cursor = 0, more = true; more;) {
      const response = await postJson(
        server,
        '/api/sync/pull',
        { clientId, protocolVersion: PROTOCOL_VERSION, epoch: null, cursor, limit: 1000 },
        token.accessToken,
      );
      const page = (await response.json()) as { rows: Row[]; cursor: number; hasMore: boolean };
      rows.push(...page.rows);
      cursor = page.cursor;
      more = page.hasMore;
    }
    return rows;
  }

  it('forgets the address of an erased resident, and every mail to it', async () => {
    const connector = await createAccount(
      server,
      'gv.hoonhorst@noaber.test',
      ['gebiedsverbinder'],
      ['Hoonhorst'],
    );
    const idea = validIdea({ kern: kernId });
    expect((await send(idea)).status).toBe(200);
    const email = 'janna@example.nl';
    // As the sender would have queued it (this server has no SMTP_URL).
    await server.store.mailOutbox.enqueue({ recipient: email, subject: 'Je idee', body: '…' }, 1);
    expect(await server.store.mailOutbox.listFor(email)).toHaveLength(1);
    const person = (await pull(connector)).find((row) => row.table === 'people');
    const erased = await postJson(
      server,
      `/api/privacy/people/${person?.id ?? ''}/erase`,
      { redactions: [] },
      connector.accessToken,
    );
    expect(erased.status).toBe(200);
    expect(await server.store.mailOutbox.listFor(email)).toEqual([]);
    const submissions = await server.store.ideas.findByInitiative(
      String((await pull(connector)).find((row) => row.table === 'initiatives')?.id),
    );
    expect(submissions.map((submission) => submission.email)).toEqual(['']);
  });

  it('makes one initiative and person, once, assigned to the only connector of the kern', async () => {
    const connector = await createAccount(
      server,
      'anne.de.vries@noaber.test',
      ['gebiedsverbinder'],
      ['Hoonhorst'],
    );
    const idea = validIdea({
      kern: kernId,
      photos: [{ type: 'image/jpeg', data: Buffer.from(jpegWithGps()).toString('base64') }],
    });
    const first = await send(idea);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, mailsUpdates: false });
    // The phone sends again (no answer came back): nothing new.
    expect((await send(idea)).status).toBe(200);

    const rows = await pull(connector);
    const initiatives = rows.filter((row) => row.table === 'initiatives');
    const people = rows.filter((row) => row.table === 'people');
    expect(initiatives).toHaveLength(1);
    expect(people).toHaveLength(1);
    const initiative = initiatives[0]?.data ?? {};
    expect(initiative).toMatchObject({
      title: 'Bankje bij de brink',
      status: 'ingediend',
      kernId,
      registeredById: FORM_AUTHOR_ID,
      assignedConnectorId: connector.user.id,
      initiatorPersonId: people[0]?.id,
      support: ['advies', 'noaberfonds'],
    });
    expect(initiative['feedbackDeadline']).toBe(
      new Date(Date.parse(String(initiative['registeredOn'])) + 28 * 86_400_000)
        .toISOString()
        .slice(0, 10),
    );
    expect(people[0]?.data).toMatchObject({
      name: 'Janna Wolters',
      email: 'janna@example.nl',
      kernId,
    });
    expect(String(people[0]?.data['dataBasis'])).toMatch(
      /^zelf aangemeld, toestemming gegeven op \d+ \w+ \d{4}$/,
    );

    // The photo: stored with the database, fetched by whoever reads the initiative.
    const [photoId] = initiative['residentPhotoIds'] as string[];
    const photo = await fetch(`${server.baseUrl}/api/ideas/photos/${photoId}`, {
      headers: { authorization: `Bearer ${connector.accessToken}` },
    });
    expect(photo.status).toBe(200);
    const body = (await photo.json()) as { type: string; data: string };
    expect(body.type).toBe('image/jpeg');
    expect(Buffer.from(body.data, 'base64').subarray(0, 3)).toEqual(
      Buffer.from([0xff, 0xd8, 0xff]),
    );
    const other = await createAccount(
      server,
      'kees@noaber.test',
      ['gebiedsverbinder'],
      ['Oudleusen'],
    );
    const refused = await fetch(`${server.baseUrl}/api/ideas/photos/${photoId}`, {
      headers: { authorization: `Bearer ${other.accessToken}` },
    });
    expect(refused.status).toBe(404);
    expect((await pull(other)).filter((row) => row.table === 'initiatives')).toEqual([]);
    // Without an account, or without a field role: refused before anything is read.
    expect((await fetch(`${server.baseUrl}/api/ideas/photos/${photoId}`)).status).toBe(401);
    const admin = await createAccount(server, 'beheer@noaber.test', ['beheerder']);
    const asAdmin = await fetch(`${server.baseUrl}/api/ideas/photos/${photoId}`, {
      headers: { authorization: `Bearer ${admin.accessToken}` },
    });
    expect(asAdmin.status).toBe(403);
    const spamAnonymous = await fetch(`${server.baseUrl}/api/ideas/spam/${initiatives[0]?.id}`, {
      method: 'POST',
    });
    expect(spamAnonymous.status).toBe(401);
  });

  it('leaves an idea unassigned when two connectors work in the kern, and "weet ik niet" to the teamleider', async () => {
    await createAccount(server, 'a@noaber.test', ['gebiedsverbinder'], ['Hoonhorst']);
    await createAccount(server, 'b@noaber.test', ['gebiedsverbinder'], ['Hoonhorst']);
    const lead = await createAccount(server, 'lead@noaber.test', ['teamleider']);
    await send(validIdea({ kern: kernId }));
    await send(validIdea({ title: 'Jeu-de-boulesbaan', description: 'Bij het dorpshuis.' }));
    const initiatives = (await pull(lead)).filter((row) => row.table === 'initiatives');
    expect(initiatives.map((row) => [row.data['kernId'], row.data['assignedConnectorId']])).toEqual(
      [
        [kernId, null],
        [UNKNOWN_KERN_ID, null],
      ],
    );
    const stored = await server.store.sync.findRecord('initiatives', initiatives[1]?.id ?? '');
    expect(stored?.scope).toEqual([kernKey(UNKNOWN_KERN_ID), userKey(FORM_AUTHOR_ID)]);

    // The teamleider places it in Oudleusen, whose only connector gets it, with the resident.
    const kees = await createAccount(
      server,
      'kees@noaber.test',
      ['gebiedsverbinder'],
      ['Oudleusen'],
    );
    const oudleusen = kees.user.kernIds[0] ?? '';
    const place = (token: TokenResponse, kern: string) =>
      postJson(
        server,
        `/api/ideas/place/${initiatives[1]?.id}`,
        { kernId: kern },
        token.accessToken,
      );
    expect((await place(kees, oudleusen)).status).toBe(403);
    expect((await place(lead, UNKNOWN_KERN_ID)).status).toBe(400);
    expect((await place(lead, oudleusen)).status).toBe(204);
    expect((await place(lead, kernId)).status).toBe(404);
    const rows = await pull(kees);
    expect(rows.find((row) => row.table === 'initiatives')?.data).toMatchObject({
      kernId: oudleusen,
      assignedConnectorId: kees.user.id,
    });
    expect(rows.find((row) => row.table === 'people')?.data).toMatchObject({
      name: 'Janna Wolters',
      kernId: oudleusen,
    });
  });

  it('keeps what a bot sends, and the same text twice in a day, out of the connectors lists', async () => {
    const lead = await createAccount(server, 'lead@noaber.test', ['teamleider']);
    expect(
      (await send(validIdea({ title: 'Goedkope pillen', website: 'http://spam.example' }))).status,
    ).toBe(200);
    expect((await send(validIdea({ title: 'Snel rijk', fillMs: 800 }))).status).toBe(200);
    const first = validIdea();
    const again = validIdea({ title: ' BANKJE bij de  brink ' });
    expect((await send(first)).status).toBe(200);
    expect((await send(again)).status).toBe(200);
    expect((await pull(lead)).filter((row) => row.table === 'initiatives')).toHaveLength(1);
    const view = (await (await status(again.code)).json()) as IdeaStatusView;
    expect(view.state).toBe('duplicate');
  });

  it('refuses bad input with a reason and changes nothing', async () => {
    const lead = await createAccount(server, 'lead@noaber.test', ['teamleider']);
    const noContact = await send(validIdea({ email: '', phone: '' }));
    expect(noContact.status).toBe(400);
    expect(await noContact.json()).toMatchObject({ error: { reason: 'invalid-body' } });
    const fakePhoto = await send(
      validIdea({
        photos: [{ type: 'image/jpeg', data: Buffer.from('<svg/>').toString('base64') }],
      }),
    );
    expect(fakePhoto.status).toBe(400);
    expect((await send(validIdea({ kern: newId() }))).status).toBe(400);
    expect((await pull(lead)).filter((row) => row.table === 'initiatives')).toEqual([]);
  });

  it('limits ideas per address', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await send(validIdea({ title: `Idee ${i}` }))).status).toBe(200);
    }
    const refused = await send(validIdea({ title: 'Idee 11' }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('shows the status page without anything private, and what the connector shares', async () => {
    const connector = await createAccount(
      server,
      'anne.de.vries@noaber.test',
      ['gebiedsverbinder'],
      ['Hoonhorst'],
    );
    const idea = validIdea({ kern: kernId, phone: '06 12345678' });
    await send(idea);
    const [row] = (await pull(connector)).filter((r) => r.table === 'initiatives');
    const initiative = row?.data ?? {};
    const history = initiative['statusHistory'] as object[];
    const push = await postJson(
      server,
      '/api/sync/push',
      {
        clientId: crypto.randomUUID(),
        protocolVersion: PROTOCOL_VERSION,
        epoch: null,
        mutations: [
          {
            id: 1,
            table: 'initiatives',
            recordId: row?.id,
            kind: 'patch',
            baseCursor: 0,
            patch: {
              status: 'in gesprek',
              statusHistory: [
                ...history,
                {
                  id: newId(),
                  from: 'ingediend',
                  to: 'in gesprek',
                  at: Date.now(),
                  by: connector.user.id,
                  reason: '',
                },
              ],
              feedbackLog: [
                {
                  id: newId(),
                  date: String(initiative['registeredOn']),
                  channel: 'telefoon',
                  summary: 'Gebeld: we komen langs op dinsdag.',
                  by: connector.user.id,
                  visibleToResident: true,
                },
                {
                  id: newId(),
                  date: String(initiative['registeredOn']),
                  channel: 'overig',
                  summary: 'Intern: buurman klaagt vaak.',
                  by: connector.user.id,
                  visibleToResident: false,
                },
              ],
            },
          },
        ],
      },
      connector.accessToken,
    );
    expect(await push.json()).toMatchObject({ rejected: [] });

    const view = (await (
      await status(idea.code.toLowerCase().replaceAll('-', ' '))
    ).json()) as IdeaStatusView;
    expect(view).toMatchObject({
      title: 'Bankje bij de brink',
      state: 'open',
      contact: { firstName: 'anne.de.vries', kern: 'Hoonhorst' },
      kern: 'Hoonhorst',
      hearBackBy: initiative['feedbackDeadline'],
      feedback: [{ summary: 'Gebeld: we komen langs op dinsdag.' }],
      asksSatisfaction: false,
    });
    expect(view.steps.map((step) => step.status)).toEqual(['ingediend', 'in gesprek']);
    const text = JSON.stringify(view);
    for (const secret of [
      'Janna',
      'janna@example.nl',
      '12345678',
      'buurman',
      'Een bankje in de schaduw',
      connector.user.id,
    ]) {
      expect(text).not.toContain(secret);
    }
    const unknown = await status('AAAAA-AAAAA-AAAAA');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { reason: 'not-found' } });
  });

  it('brings a message and a withdrawal to the connector, and asks satisfaction only when finished', async () => {
    const connector = await createAccount(
      server,
      'anne@noaber.test',
      ['gebiedsverbinder'],
      ['Hoonhorst'],
    );
    const idea = validIdea({ kern: kernId });
    await send(idea);
    const message = { code: idea.code, id: newId(), text: 'Ik ben er alleen op woensdag.' };
    expect((await postJson(server, '/api/ideas/message', message)).status).toBe(204);
    expect((await postJson(server, '/api/ideas/message', message)).status).toBe(204);
    const tooEarly = await postJson(server, '/api/ideas/satisfaction', {
      code: idea.code,
      score: 4,
      comment: '',
    });
    expect(tooEarly.status).toBe(409);
    expect(
      (await postJson(server, '/api/ideas/withdraw', { code: idea.code, reason: 'Toch niet.' }))
        .status,
    ).toBe(204);
    const [row] = (await pull(connector)).filter((r) => r.table === 'initiatives');
    expect(row?.data['status']).toBe('ingetrokken');
    expect((row?.data['residentMessages'] as { text: string }[]).map((m) => m.text)).toEqual([
      'Ik ben er alleen op woensdag.',
      'Toch niet.',
    ]);
    const view = (await (await status(idea.code)).json()) as IdeaStatusView;
    expect(view.state).toBe('withdrawn');
    expect(view.messages).toHaveLength(2);
  });

  it('lets a connector of the kern mark an idea as spam: deleted for every device, the code unknown', async () => {
    const connector = await createAccount(
      server,
      'anne@noaber.test',
      ['gebiedsverbinder'],
      ['Hoonhorst'],
    );
    const outsider = await createAccount(
      server,
      'kees@noaber.test',
      ['gebiedsverbinder'],
      ['Oudleusen'],
    );
    const idea = validIdea({ kern: kernId });
    await send(idea);
    const [row] = (await pull(connector)).filter((r) => r.table === 'initiatives');
    const mark = (token: TokenResponse) =>
      fetch(`${server.baseUrl}/api/ideas/spam/${row?.id}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token.accessToken}` },
      });
    expect((await mark(outsider)).status).toBe(403);
    expect((await status(idea.code)).status).toBe(200);
    expect((await mark(connector)).status).toBe(204);
    const after = await pull(connector);
    expect(
      after
        .map((r) => [r.table, r.data['deleted']])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ).toEqual([
      ['initiatives', true],
      ['people', true],
    ]);
    expect((await status(idea.code)).status).toBe(404);
    expect(
      (
        await postJson(server, '/api/ideas/message', {
          code: idea.code,
          id: newId(),
          text: 'Hallo?',
        })
      ).status,
    ).toBe(404);
  });
});
