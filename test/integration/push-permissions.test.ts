import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_TABLES, type RecordTable } from '../../src/shared/sync-protocol/sync-tables.ts';
import type { Role } from '../../src/shared/roles.ts';
import { createAccount } from '../support/accounts.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { newRecord, PLAIN_EDIT, rawPusher, type PushAnswer } from '../support/pushed-records.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { FIXED_FIELDS } from '../support/fixed-fields.ts';

/**
 * The permission table again, through the push endpoint of a real server with a real SQLite
 * file: whatever a device sends, the server decides from the session and the stored record.
 * (The same table runs against the pure model in test/unit/permissions.)
 */
let server: InProcessServer;
const staticDir = makeTempDir('static');
type Push = ReturnType<typeof rawPusher>;
interface Who {
  id: string;
  push: Push;
}
const people: Record<string, Who> = {};
let kernA: string;
let kernB: string;
let kindId: string;

async function account(name: string, roles: Role[], kernen: string[]): Promise<Who> {
  const tokens = await createAccount(server, `${name}@dalfsen.test`, roles, kernen);
  return { id: tokens.user.id, push: rawPusher(server.baseUrl, tokens.accessToken) };
}

beforeAll(async () => {
  server = await startInProcessServer({ staticDir: staticDir.path });
  const kernen = await server.store.reference.listKernen();
  kernA = kernen.find((kern) => kern.name === 'Lemelerveld')?.id ?? '';
  kernB = kernen.find((kern) => kern.name === 'Hoonhorst')?.id ?? '';
  kindId = (await server.store.reference.listOrganisationKinds())[0]?.id ?? '';
  people['anna'] = await account('anna', ['gebiedsverbinder'], ['Lemelerveld']);
  people['bert'] = await account('bert', ['gebiedsverbinder'], ['Lemelerveld', 'Hoonhorst']);
  people['carl'] = await account('carl', ['gebiedsverbinder'], ['Hoonhorst']);
  people['lea'] = await account('lea', ['teamleider'], []);
  people['bea'] = await account('bea', ['beheerder'], ['Lemelerveld']);
});
afterAll(async () => {
  await server.close();
  staticDir.remove();
});

const who = (name: string): Who => {
  const found = people[name];
  if (!found) throw new Error(`no account ${name}`);
  return found;
};

/** A record Bert (who works in both kernen) created in `kernId`, as the server stored it. */
async function storedRecord(table: RecordTable, kernId: string) {
  const bert = who('bert');
  let visitId: string | undefined;
  if (table === 'actions') {
    const visit = newRecord('visits', { kernId, kindId, userId: bert.id });
    visitId = String(visit['id']);
    await bert.push([{ table: 'visits', recordId: visitId, kind: 'create', patch: visit }]);
  }
  const record = newRecord(table, { kernId, kindId, visitId, userId: bert.id });
  const id = String(record['id']);
  const answer = await bert.push([{ table, recordId: id, kind: 'create', patch: record }]);
  expect(answer).toEqual({ status: 200, rejected: [] });
  return { id, data: (await server.store.sync.findRecord(table, id))?.data ?? {} };
}

/** The change that moves a record to kern B (an action: by following up a visit there). */
async function moveToB(table: RecordTable): Promise<Record<string, unknown>> {
  if (table === 'organisations') return { kernIds: [kernB] };
  if (table !== 'actions') return { kernId: kernB };
  const elsewhere = await storedRecord('visits', kernB);
  return { visitId: elsewhere.id };
}

type Operation = 'create in A' | 'create in B' | 'edit in A' | 'delete in A' | 'move A to B';

async function attempt(name: string, table: RecordTable, operation: Operation) {
  const pusher = who(name);
  if (operation.startsWith('create')) {
    const kernId = operation === 'create in A' ? kernA : kernB;
    const visit = table === 'actions' ? await storedRecord('visits', kernId) : undefined;
    const record = newRecord(table, { kernId, kindId, visitId: visit?.id, userId: pusher.id });
    const id = String(record['id']);
    const answer = await pusher.push([{ table, recordId: id, kind: 'create', patch: record }]);
    return { answer, changed: (await server.store.sync.findRecord(table, id)) !== undefined };
  }
  const stored = await storedRecord(table, kernA);
  const patch =
    operation === 'edit in A'
      ? PLAIN_EDIT[table]
      : operation === 'delete in A'
        ? { deleted: true }
        : await moveToB(table);
  const answer = await pusher.push([
    { table, recordId: stored.id, kind: 'patch', patch: { ...patch, updatedAt: Date.now() } },
  ]);
  const after = (await server.store.sync.findRecord(table, stored.id))?.data;
  return { answer, changed: JSON.stringify(after) !== JSON.stringify(stored.data) };
}

const ALLOWED = 'allowed';
const FORBIDDEN = 'forbidden';

/** Who × operation, the same for every kind of record (an initiative's teamleider aside). */
const TABLE: [string, Operation, typeof ALLOWED | typeof FORBIDDEN][] = [
  ['anna', 'create in A', ALLOWED],
  ['anna', 'create in B', FORBIDDEN],
  ['anna', 'edit in A', ALLOWED],
  ['anna', 'delete in A', ALLOWED],
  ['anna', 'move A to B', FORBIDDEN],
  ['bert', 'move A to B', ALLOWED],
  ['carl', 'create in A', FORBIDDEN],
  ['carl', 'edit in A', FORBIDDEN],
  ['carl', 'delete in A', FORBIDDEN],
  ['carl', 'move A to B', FORBIDDEN],
  ['lea', 'create in A', FORBIDDEN],
  ['lea', 'edit in A', FORBIDDEN],
  ['lea', 'delete in A', FORBIDDEN],
  ['bea', 'create in A', FORBIDDEN],
  ['bea', 'edit in A', FORBIDDEN],
  ['bea', 'delete in A', FORBIDDEN],
];

describe.each(RECORD_TABLES)('pushing %s', (table) => {
  it.each(TABLE)('%s: %s → %s', async (name, operation, expected) => {
    const { answer, changed } = await attempt(name, table, operation);
    expect(answer.status).toBe(200);
    if (expected === ALLOWED) {
      expect(answer.rejected).toEqual([]);
      expect(changed).toBe(true);
    } else {
      expect(answer.rejected.map((rejection) => rejection.reason)).toEqual([FORBIDDEN]);
      expect(changed).toBe(false);
    }
  });
});

const otherValue = (field: string): unknown =>
  field === 'createdAt'
    ? 1
    : field === 'registeredOn'
      ? '2026-01-05'
      : field === 'feedbackDeadline'
        ? '2030-01-01'
        : field === 'id'
          ? randomUUID()
          : who('anna').id;

describe.each(RECORD_TABLES)('the fixed fields of %s', (table) => {
  it.each(FIXED_FIELDS[table])('%s: no patch changes it, not even by its author', async (field) => {
    const stored = await storedRecord(table, kernA);
    const answer = await who('bert').push([
      { table, recordId: stored.id, kind: 'patch', patch: { [field]: otherValue(field) } },
    ]);
    expect(answer.rejected.map((rejection) => rejection.reason)).toEqual([FORBIDDEN]);
    expect((await server.store.sync.findRecord(table, stored.id))?.data).toEqual(stored.data);
  });
});

describe('what a device says about who wrote something', () => {
  it('is replaced by the session: author, creation time and list entries', async () => {
    const anna = who('anna');
    const before = Date.now();
    const visit = newRecord('visits', { kernId: kernA, kindId, userId: who('carl').id }, 1);
    const id = String(visit['id']);
    expect(
      await anna.push([{ table: 'visits', recordId: id, kind: 'create', patch: visit }]),
    ).toEqual({ status: 200, rejected: [] });
    const stored = (await server.store.sync.findRecord('visits', id))?.data ?? {};
    expect(stored['authorId']).toBe(anna.id);
    expect(stored['createdAt']).toBeGreaterThanOrEqual(before);
    expect(stored['noteRevisions']).toEqual([
      expect.objectContaining({ authorId: anna.id, createdAt: expect.any(Number) as number }),
    ]);
    const revision = {
      id: randomUUID(),
      text: 'Aangevuld',
      createdAt: 1,
      authorId: who('carl').id,
    };
    const revisions = [...(stored['noteRevisions'] as unknown[]), revision];
    await anna.push([
      { table: 'visits', recordId: id, kind: 'patch', patch: { noteRevisions: revisions } },
    ]);
    const revised = (await server.store.sync.findRecord('visits', id))?.data ?? {};
    expect((revised['noteRevisions'] as { authorId: string }[]).map((r) => r.authorId)).toEqual([
      anna.id,
      anna.id,
    ]);
  });

  it('can never change it afterwards, for anyone', async () => {
    const stored = await storedRecord('visits', kernA);
    const bert = who('bert');
    const answer = await bert.push([
      { table: 'visits', recordId: stored.id, kind: 'patch', patch: { authorId: who('anna').id } },
    ]);
    expect(answer.rejected.map((rejection) => rejection.reason)).toEqual([FORBIDDEN]);
    expect((await server.store.sync.findRecord('visits', stored.id))?.data['authorId']).toBe(
      bert.id,
    );
  });
});

describe('an initiative', () => {
  it('starts at ingediend with the server’s history and deadline, whatever was sent', async () => {
    const anna = who('anna');
    const sent: Record<string, unknown> = {
      ...newRecord('initiatives', { kernId: kernA, kindId, userId: anna.id }),
      status: 'afgerond',
      registeredOn: '2026-01-05',
      feedbackDeadline: '2030-01-01',
    };
    const id = String(sent['id']);
    await anna.push([{ table: 'initiatives', recordId: id, kind: 'create', patch: sent }]);
    const stored = (await server.store.sync.findRecord('initiatives', id))?.data ?? {};
    expect(stored['status']).toBe('ingediend');
    // Four weeks (the default term) after 5 January 2026.
    expect(stored['feedbackDeadline']).toBe('2026-02-02');
    expect(stored['statusHistory']).toEqual([
      expect.objectContaining({ from: null, to: 'ingediend', by: anna.id }),
    ]);
  });

  it('is registered today or earlier, never in the future', async () => {
    const anna = who('anna');
    const sent: Record<string, unknown> = {
      ...newRecord('initiatives', { kernId: kernA, kindId, userId: anna.id }),
      registeredOn: '2099-01-01',
    };
    const id = String(sent['id']);
    const answer = await anna.push([
      { table: 'initiatives', recordId: id, kind: 'create', patch: sent },
    ]);
    expect(answer.rejected.map((rejection) => rejection.reason)).toEqual(['invalid']);
    expect(await server.store.sync.findRecord('initiatives', id)).toBeUndefined();
  });

  it('is moved through the machine and assigned by a teamleider in any kern', async () => {
    const stored = await storedRecord('initiatives', kernB);
    const history = stored.data['statusHistory'] as unknown[];
    const step = {
      id: randomUUID(),
      from: 'ingediend',
      to: 'in gesprek',
      at: 1,
      by: 'x',
      reason: '',
    };
    const answer = await who('lea').push([
      {
        table: 'initiatives',
        recordId: stored.id,
        kind: 'patch',
        patch: { statusHistory: [...history, step], assignedConnectorId: who('carl').id },
      },
    ]);
    expect(answer.rejected).toEqual([]);
    const after = (await server.store.sync.findRecord('initiatives', stored.id))?.data ?? {};
    expect(after).toMatchObject({ status: 'in gesprek', assignedConnectorId: who('carl').id });
    expect((after['statusHistory'] as { by: string }[])[1]?.by).toBe(who('lea').id);
  });

  it('is handed by a connector only to a colleague who works in its kern', async () => {
    const stored = await storedRecord('initiatives', kernA);
    const anna = who('anna');
    const assign = (to: string) =>
      anna.push([
        {
          table: 'initiatives',
          recordId: stored.id,
          kind: 'patch',
          patch: { assignedConnectorId: to },
        },
      ]);
    expect((await assign(who('carl').id)).rejected).toHaveLength(1);
    expect((await assign(anna.id)).rejected).toEqual([]);
    expect((await assign(who('carl').id)).rejected).toHaveLength(1);
    expect((await assign(who('bert').id)).rejected).toEqual([]);
    const after = (await server.store.sync.findRecord('initiatives', stored.id))?.data ?? {};
    expect(after['assignedConnectorId']).toBe(who('bert').id);
  });
});

describe('a visit', () => {
  const push = async (patch: Record<string, unknown>): Promise<PushAnswer> => {
    const anna = who('anna');
    const visit = { ...newRecord('visits', { kernId: kernA, kindId, userId: anna.id }), ...patch };
    return anna.push([
      { table: 'visits', recordId: String(visit['id']), kind: 'create', patch: visit },
    ]);
  };

  it('is not dated in the future', async () => {
    expect((await push({ date: '2099-12-31' })).rejected.map((r) => r.reason)).toEqual(['invalid']);
  });

  it('holds at least a note, a person or an organisation', async () => {
    const empty = [{ id: randomUUID(), text: '  ', createdAt: 1, authorId: who('anna').id }];
    expect((await push({ noteRevisions: empty })).rejected.map((r) => r.reason)).toEqual([
      'invalid',
    ]);
    const person = await storedRecord('people', kernA);
    expect((await push({ noteRevisions: empty, personIds: [person.id] })).rejected).toEqual([]);
  });
});

describe('a teamleider’s review note', () => {
  // Accounts of their own: the table above used up Bert's and Lea's push rate.
  beforeAll(async () => {
    people['dirk'] = await account('dirk', ['gebiedsverbinder'], ['Lemelerveld']);
    people['tess'] = await account('tess', ['teamleider'], []);
  });

  /** A visit or initiative Dirk made in kern A. */
  const dirksRecord = async (table: 'visits' | 'initiatives') => {
    const record = newRecord(table, { kernId: kernA, kindId, userId: who('dirk').id });
    const id = String(record['id']);
    expect(
      await who('dirk').push([{ table, recordId: id, kind: 'create', patch: record }]),
    ).toEqual({ status: 200, rejected: [] });
    return { id };
  };
  const note = (fields: Record<string, unknown>) => {
    const record: Record<string, unknown> = {
      ...newRecord('actions', { kernId: kernA, kindId, userId: who('dirk').id }),
      what: 'Kun je PB Lemelerveld terugbellen over de speeltuin?',
      visitId: null,
      initiativeId: null,
      ...fields,
    };
    return { table: 'actions', recordId: String(record['id']), kind: 'create', patch: record };
  };

  it('becomes an action for the visit’s author, marked as the teamleider’s, until they close it', async () => {
    const visit = await dirksRecord('visits');
    const create = note({ visitId: visit.id, assigneeId: who('dirk').id });
    expect(await who('tess').push([create])).toEqual({ status: 200, rejected: [] });
    const stored = (await server.store.sync.findRecord('actions', create.recordId))?.data;
    expect(stored).toMatchObject({ assigneeId: who('dirk').id, requestedById: who('tess').id });

    // The teamleider changes nothing afterwards; the connector closes it.
    const leaDone = await who('tess').push([
      { table: 'actions', recordId: create.recordId, kind: 'patch', patch: { done: true } },
    ]);
    expect(leaDone.rejected.map((r) => r.reason)).toEqual([FORBIDDEN]);
    const bertDone = await who('dirk').push([
      {
        table: 'actions',
        recordId: create.recordId,
        kind: 'patch',
        patch: { done: true, doneOn: '2026-11-21', updatedAt: Date.now() },
      },
    ]);
    expect(bertDone.rejected).toEqual([]);
    expect((await server.store.sync.findRecord('actions', create.recordId))?.data).toMatchObject({
      done: true,
      requestedById: who('tess').id,
    });
  });

  it.each([
    ['for someone other than the visit’s author', 'anna', 'visit'],
    ['for the teamleider themselves', 'tess', 'visit'],
    ['on an initiative nobody handles', 'dirk', 'initiative'],
    ['following up nothing', 'dirk', 'nothing'],
  ])('is refused %s, and nothing is stored', async (_name, assignee, link) => {
    const visit = await dirksRecord('visits');
    const initiative = await dirksRecord('initiatives');
    const fields =
      link === 'visit'
        ? { visitId: visit.id }
        : link === 'initiative'
          ? { initiativeId: initiative.id }
          : {};
    const create = note({ ...fields, assigneeId: who(assignee).id });
    const answer = await who('tess').push([create]);
    expect(answer.rejected.map((r) => r.reason)).toEqual([FORBIDDEN]);
    expect(await server.store.sync.findRecord('actions', create.recordId)).toBeUndefined();
  });

  it('keeps the author of a connector’s own action as the connector', async () => {
    const visit = await dirksRecord('visits');
    const create = note({
      visitId: visit.id,
      assigneeId: who('anna').id,
      requestedById: who('tess').id,
    });
    expect(await who('dirk').push([create])).toEqual({ status: 200, rejected: [] });
    expect(
      (await server.store.sync.findRecord('actions', create.recordId))?.data['requestedById'],
    ).toBe(who('dirk').id);
  });
});
