import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../src/db/repositories/people.ts';
import { saveNewVisit } from '../../src/db/repositories/visits.ts';
import { runRetentionIfDue } from '../../src/server/privacy/retention-job.ts';
import type { PersonExport } from '../../src/server/privacy/person-export.ts';
import { EXPIRED_NOTE } from '../../src/server/privacy/retention.ts';
import { municipalToday } from '../../src/shared/dates/municipal-today.ts';
import type { AccessLogLine, RetentionPreview } from '../../src/shared/privacy/privacy-api.ts';
import type { Person } from '../../src/shared/records/person.ts';
import { startHarness, type Device, type Harness } from '../support/sync-harness.ts';

const YEAR = 365 * 24 * 60 * 60 * 1000;

let harness: Harness;
let kern: string;
let anna: Device;
let bert: Device;
let admin: Device;
let outsider: Device;
let person: Person;
let visitId: string;

beforeAll(async () => {
  harness = await startHarness();
  kern = harness.kernId('Lemelerveld');
  anna = await harness.addDevice('Anna', ['gebiedsverbinder'], ['Lemelerveld']);
  bert = await harness.addDevice('Bert', ['gebiedsverbinder'], ['Lemelerveld']);
  admin = await harness.addDevice('Bea', ['beheerder'], []);
  outsider = await harness.addDevice('Dirk', ['gebiedsverbinder'], ['Hoonhorst']);
  person = await createPerson(
    anna.db,
    { name: 'Gerrit Klomp', kernId: kern, phone: '0529 123456', email: '', dataBasis: 'lid' },
    anna.context,
  );
  const { visit } = await saveNewVisit(
    anna.db,
    {
      date: municipalToday(anna.context.now()),
      kernId: kern,
      channel: 'bezoek',
      notes: 'Over de ijsbaan.',
      personIds: [person.id],
    },
    [{ what: 'Gerrit Klomp terugbellen', assigneeId: anna.userId, dueDate: '2026-12-01' }],
    anna.context,
  );
  visitId = visit.id;
  expect(await anna.sync()).toBe('ok');
  expect(await bert.sync()).toBe('ok');
  expect(await outsider.sync()).toBe('ok');
});
afterAll(() => harness.close());

const api = (device: Device, method: 'GET' | 'PUT', url: string, payload?: object) =>
  harness.server.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${device.transport.currentTokens.accessToken}` },
    ...(payload ? { payload } : {}),
  });

describe('who had a person’s data (the access log)', () => {
  it('counts the pulls of the person and of records naming them, per account and day', async () => {
    const response = await api(admin, 'GET', `/api/privacy/people/${person.id}/access`);
    expect(response.statusCode).toBe(200);
    const lines = response.json<AccessLogLine[]>();
    const byUser = new Map(lines.map((line) => [line.userId, line]));
    // Bert pulled her record and the visit naming her: two rows, one entry.
    expect(byUser.get(bert.userId)).toMatchObject({ via: 'pull', rows: 2 });
    // Dirk works elsewhere: he never received her.
    expect(byUser.has(outsider.userId)).toBe(false);
  });

  it('keeps one entry per account, person and day however often a device syncs', async () => {
    expect(await bert.sync()).toBe('ok');
    const lines = (await api(admin, 'GET', `/api/privacy/people/${person.id}/access`)).json<
      AccessLogLine[]
    >();
    expect(lines.filter((line) => line.userId === bert.userId)).toHaveLength(1);
  });

  it('is shown to the kern’s connector, not to a connector elsewhere', async () => {
    expect((await api(anna, 'GET', `/api/privacy/people/${person.id}/access`)).statusCode).toBe(
      200,
    );
    expect((await api(outsider, 'GET', `/api/privacy/people/${person.id}/access`)).statusCode).toBe(
      403,
    );
  });
});

describe('the export (inzage, AVG art. 15)', () => {
  it('gives everything held about the person as JSON, logged as access and in the audit log', async () => {
    const response = await api(anna, 'GET', `/api/privacy/people/${person.id}/export`);
    expect(response.statusCode).toBe(200);
    const data = response.json<PersonExport>();
    expect(data.person['name']).toBe('Gerrit Klomp');
    expect(data.visits).toEqual([
      { present: true, visit: expect.objectContaining({ id: visitId }) as unknown },
    ]);
    expect(data.actions.map((a) => a['what'])).toEqual(['Gerrit Klomp terugbellen']);
    expect(data.access.some((line) => line.userId === bert.userId)).toBe(true);
    const audit = await harness.server.store.audit.list(20);
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'person.export',
        objectId: person.id,
        actorId: anna.userId,
      }),
    );
    const lines = await harness.server.store.privacy.accessFor(person.id);
    expect(lines).toContainEqual(expect.objectContaining({ userId: anna.userId, via: 'export' }));
  });

  it('gives a printable page in Dutch, with the name escaped', async () => {
    const response = await api(admin, 'GET', `/api/privacy/people/${person.id}/export?format=html`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<html lang="nl">');
    expect(response.body).toContain('Wat de gemeente over Gerrit Klomp bewaart');
    expect(response.body).toContain('Wie je gegevens kreeg');
  });

  it('is refused to a connector of another kern', async () => {
    const response = await api(outsider, 'GET', `/api/privacy/people/${person.id}/export`);
    expect(response.statusCode).toBe(403);
  });
});

describe('retention terms', () => {
  it('refuses a term out of range with a reason and changes nothing', async () => {
    const response = await api(admin, 'PUT', '/api/admin/retention', {
      inactivePeopleMonths: 0,
      visitNotesMonths: 60,
      finishedInitiativeMonths: null,
      accessLogMonths: 24,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { reason: 'invalid-body' } });
    expect(await harness.server.store.privacy.retentionSettings()).toBeUndefined();
  });

  it('shows what is due in the coming month, and only to a beheerder', async () => {
    expect((await api(anna, 'GET', '/api/admin/retention')).statusCode).toBe(403);
    const response = await api(admin, 'PUT', '/api/admin/retention', {
      inactivePeopleMonths: 24,
      visitNotesMonths: 60,
      finishedInitiativeMonths: 12,
      accessLogMonths: 24,
    });
    expect(response.statusCode).toBe(200);
    const preview = response.json<RetentionPreview>();
    expect(preview.settings.finishedInitiativeMonths).toBe(12);
    // Everything is fresh: nothing is due.
    expect(preview.due).toEqual({ people: [], visitNotes: 0, initiatives: 0, accessLogEntries: 0 });
  });

  it('runs once a day in one process at a time, and applies the terms as erasures', async () => {
    const store = harness.server.store;
    const later = Date.now() + 6 * YEAR;
    // Another process holds the lease: this one does not run.
    expect(await store.privacy.takeLease('retention', 'other', later, later + 60_000)).toBe(true);
    expect(await runRetentionIfDue(store, later, 'this')).toBeNull();
    // Its lease ran out (it crashed): this one takes over.
    const outcome = await runRetentionIfDue(store, later + 120_000, 'this');
    expect(outcome).toMatchObject({ people: 1, visitNotes: 1 });
    expect(outcome?.accessLogEntries).toBeGreaterThan(0);
    expect(await runRetentionIfDue(store, later + 180_000, 'other')).toBeNull();
    const visit = await store.sync.findRecord('visits', visitId);
    expect((visit?.data['noteRevisions'] as { text: string }[]).map((r) => r.text)).toEqual([
      EXPIRED_NOTE,
    ]);
    expect((await store.sync.findRecord('people', person.id))?.data['name']).toBe('');
    const audit = await store.audit.list(50);
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['retention.run', 'retention.erase-person']),
    );
    // The erasure reaches devices as any other does.
    expect(await bert.sync()).toBe('ok');
    expect((await bert.db.people.get(person.id))?.name).toBe('');
    expect(JSON.stringify(await bert.db.actions.toArray())).not.toContain('Gerrit Klomp');
  });

  it('catches up at start: due when the last complete run is a day or more ago', async () => {
    const store = harness.server.store;
    const last = (await store.privacy.lastRun('retention')) ?? 0;
    expect(await runRetentionIfDue(store, last + 23 * 60 * 60 * 1000, 'this')).toBeNull();
    expect(await runRetentionIfDue(store, last + 25 * 60 * 60 * 1000, 'this')).not.toBeNull();
  });
});
