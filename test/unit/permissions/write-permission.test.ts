import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/shared/permissions/account.ts';
import {
  PERMISSION_REASONS,
  refusalsOf,
  type PermissionReason,
  type WriteChange,
} from '../../../src/shared/permissions/write-permission.ts';
import { RECORD_TABLES, type RecordTable } from '../../../src/shared/sync-protocol/sync-tables.ts';
import {
  A,
  administrator,
  B,
  colleague,
  connector,
  facts,
  leadingConnector,
  movedTo,
  outsider,
  recordIn,
  teamLead,
} from './fixtures.ts';
import { FIXED_FIELDS } from '../../support/fixed-fields.ts';

type Operation = 'create' | 'edit' | 'delete' | 'move to B' | 'move to A';

/** The change an operation makes on a record of `table` that lies in `kernId`. */
function changeOf(table: RecordTable, kernId: string, operation: Operation): WriteChange {
  const record = recordIn(table, kernId);
  switch (operation) {
    case 'create':
      return { table, before: undefined, after: record, fields: Object.keys(record) };
    case 'edit':
      return { table, before: record, after: { ...record, updatedAt: 2 }, fields: ['updatedAt'] };
    case 'delete':
      return {
        table,
        before: record,
        after: { ...record, deleted: true, updatedAt: 2 },
        fields: ['deleted', 'updatedAt'],
      };
    case 'move to B':
    case 'move to A': {
      const to = operation === 'move to B' ? B : A;
      const after = movedTo(table, record, to);
      const fields = Object.keys(after).filter((field) => after[field] !== record[field]);
      return { table, before: record, after, fields };
    }
  }
}

const firstReason = (account: Account, change: WriteChange) =>
  refusalsOf(account, change, facts)[0]?.reason ?? null;

/**
 * Role × record kind × operation × own kern / other kern: the same rule for every kind.
 * `null`: allowed. Read: [who, the record's kern, operation, expected].
 */
const SAME_FOR_EVERY_KIND: [Account, string, Operation, PermissionReason | null][] = [
  [connector, A, 'create', null],
  [connector, A, 'edit', null],
  [connector, A, 'delete', null],
  [connector, B, 'create', 'outside-your-kernen'],
  [connector, B, 'edit', 'outside-your-kernen'],
  [connector, B, 'delete', 'outside-your-kernen'],
  // Moving needs both kernen: Anna works in A only, Carl in B only, Bert in both.
  [connector, A, 'move to B', 'outside-your-kernen'],
  [outsider, A, 'move to B', 'outside-your-kernen'],
  [outsider, B, 'move to A', 'outside-your-kernen'],
  [colleague, A, 'move to B', null],
  [colleague, B, 'move to A', null],
  [outsider, B, 'edit', null],
  // A beheerder manages lists and accounts: no records, even in a kern assigned to them.
  [administrator, A, 'create', 'no-field-role'],
  [administrator, A, 'edit', 'no-field-role'],
  [administrator, A, 'delete', 'no-field-role'],
  [leadingConnector, A, 'create', null],
  [leadingConnector, A, 'delete', null],
];

describe.each(RECORD_TABLES)('the permission table for %s', (table) => {
  it.each(SAME_FOR_EVERY_KIND)('%o in %s: %s → %s', (account, kernId, operation, expected) => {
    expect(firstReason(account, changeOf(table, kernId, operation))).toBe(expected);
  });

  it('lets a connector who also leads the team create outside their kernen only a review note', () => {
    const expected = table === 'actions' ? 'not-the-responsible-connector' : 'outside-your-kernen';
    expect(firstReason(leadingConnector, changeOf(table, B, 'create'))).toBe(expected);
  });

  it('lets a teamleider create nothing but a review note (an action)', () => {
    const expected = table === 'actions' ? 'not-the-responsible-connector' : 'no-field-role';
    expect(firstReason(teamLead, changeOf(table, A, 'create'))).toBe(expected);
  });

  it('lets a teamleider change nothing but an initiative’s status and connector', () => {
    const expected = table === 'initiatives' ? null : 'no-field-role';
    expect(firstReason(teamLead, changeOf(table, B, 'edit'))).toBe(expected);
    const deleting = table === 'initiatives' ? 'teamlead-fields-only' : 'no-field-role';
    expect(firstReason(teamLead, changeOf(table, B, 'delete'))).toBe(deleting);
  });
});

/** A value that differs from the fixture's and that the rules allow for the field. */
function otherValue(table: RecordTable, field: string, value: unknown): unknown {
  if (table === 'initiatives' && field === 'assignedConnectorId') return connector.id;
  if (table === 'actions' && field === 'assigneeId') return connector.id;
  if (field === 'kernId' || field === 'kernIds') return value;
  if (field === 'visitId') return 'initiative-in-a';
  return typeof value === 'number' ? value + 1 : `${JSON.stringify(value)}-changed`;
}

describe.each(RECORD_TABLES)('each field of %s', (table) => {
  const record = recordIn(table, A);
  it.each(Object.keys(record))('%s', (field) => {
    const after = { ...record, [field]: otherValue(table, field, record[field]) };
    const change = { table, before: record, after, fields: [field] };
    const expected = FIXED_FIELDS[table].includes(field) ? [{ field, reason: 'fixed-field' }] : [];
    expect(refusalsOf(connector, change, facts)).toEqual(expected);
  });

  it('lets a create set every field (the server sets the fixed ones)', () => {
    expect(refusalsOf(connector, changeOf(table, A, 'create'), facts)).toEqual([]);
  });
});

describe('each field of an initiative, for a teamleider in any kern', () => {
  const record = recordIn('initiatives', B);
  const MAY = ['status', 'statusHistory', 'updatedAt'];
  it.each(Object.keys(record))('%s', (field) => {
    const after = { ...record, [field]: `${String(record[field])}-changed` };
    const change = { table: 'initiatives' as const, before: record, after, fields: [field] };
    const reasons = refusalsOf(teamLead, change, facts).map((refusal) => refusal.reason);
    if (field === 'assignedConnectorId') expect(reasons).toEqual(['assignee-not-in-kern']);
    else if (MAY.includes(field)) expect(reasons).toEqual([]);
    else if (FIXED_FIELDS.initiatives.includes(field)) {
      expect(reasons).toEqual(['fixed-field', 'teamlead-fields-only']);
    } else expect(reasons).toEqual(['teamlead-fields-only']);
  });
});

describe('authorship', () => {
  it.each(['visits', 'initiatives'] as const)(
    'gives no write access to one’s own %s outside one’s kernen',
    (table) => {
      const own = { ...recordIn(table, B), authorId: connector.id, registeredById: connector.id };
      const change = { table, before: own, after: { ...own, updatedAt: 5 }, fields: ['updatedAt'] };
      expect(firstReason(connector, change)).toBe('outside-your-kernen');
    },
  );

  it('gives an assigned connector no write access to an initiative outside their kernen', () => {
    const mine = { ...recordIn('initiatives', B), assignedConnectorId: connector.id };
    const change = {
      table: 'initiatives' as const,
      before: mine,
      after: { ...mine, title: 'Anders' },
      fields: ['title'],
    };
    expect(firstReason(connector, change)).toBe('outside-your-kernen');
  });
});

describe('who handles an initiative', () => {
  const assign = (
    account: Account,
    kernId: string,
    from: string | null,
    to: string | null,
  ): PermissionReason | null => {
    const before = { ...recordIn('initiatives', kernId), assignedConnectorId: from };
    const after = { ...before, assignedConnectorId: to };
    const change = { table: 'initiatives' as const, before, after };
    const refusals = refusalsOf(account, { ...change, fields: ['assignedConnectorId'] }, facts);
    expect(refusals.length).toBeLessThanOrEqual(1);
    for (const refusal of refusals)
      expect(refusal).toEqual({ field: 'assignedConnectorId', reason: refusal.reason });
    expect(refusals.every((refusal) => PERMISSION_REASONS.includes(refusal.reason))).toBe(true);
    return refusals[0]?.reason ?? null;
  };

  it.each([
    ['a connector takes an unassigned one of their kern', connector, A, null, 'anna', null],
    ['a connector hands their own to a colleague of the kern', connector, A, 'anna', 'bert', null],
    [
      'a connector hands nothing to someone outside the kern',
      connector,
      A,
      'anna',
      'carl',
      'assignee-not-in-kern',
    ],
    [
      'a connector takes nothing from a colleague',
      connector,
      A,
      'bert',
      'anna',
      'not-yours-to-hand-on',
    ],
    [
      'a connector assigns no colleague to an unassigned one',
      connector,
      A,
      null,
      'bert',
      'not-yours-to-hand-on',
    ],
    ['a connector does not drop their own', connector, A, 'anna', null, 'not-yours-to-hand-on'],
    ['a teamleider assigns a connector of the kern', teamLead, B, 'bert', 'carl', null],
    ['a teamleider unassigns', teamLead, B, 'carl', null, null],
    [
      'a teamleider assigns nobody outside the kern',
      teamLead,
      B,
      null,
      'anna',
      'assignee-not-in-kern',
    ],
    ['a teamleider assigns no beheerder', teamLead, A, null, 'bea', 'assignee-not-in-kern'],
    [
      'a connector who leads the team reassigns in their kern',
      leadingConnector,
      A,
      'bert',
      'anna',
      null,
    ],
  ] as const)('%s', (_what, account, kernId, from, to, expected) => {
    expect(assign(account, kernId, from, to)).toBe(expected);
  });

  it('lets whoever registers one name a connector of its kern, and no one else', () => {
    const create = (assignee: string) => {
      const after = { ...recordIn('initiatives', A), assignedConnectorId: assignee };
      return firstReason(connector, {
        table: 'initiatives',
        before: undefined,
        after,
        fields: Object.keys(after),
      });
    };
    expect(create('bert')).toBeNull();
    expect(create('carl')).toBe('assignee-not-in-kern');
    expect(create(42 as unknown as string)).toBe('assignee-not-in-kern');
  });
});

describe('follow-up actions', () => {
  const action = (patch: Record<string, unknown>) => ({ ...recordIn('actions', A), ...patch });
  const create = (account: Account, after: Record<string, unknown>) =>
    firstReason(account, {
      table: 'actions',
      before: undefined,
      after,
      fields: Object.keys(after),
    });

  it('belong to the kern of what they follow up', () => {
    expect(create(connector, action({ visitId: 'visit-in-a', assigneeId: 'anna' }))).toBeNull();
    expect(create(connector, action({ visitId: 'visit-in-b', assigneeId: 'anna' }))).toBe(
      'outside-your-kernen',
    );
    const viaInitiative = action({ visitId: null, initiativeId: 'initiative-in-b' });
    expect(create(outsider, { ...viaInitiative, assigneeId: 'carl' })).toBeNull();
  });

  it('go to someone who works in that kern', () => {
    expect(create(connector, action({ assigneeId: 'bert' }))).toBeNull();
    expect(create(connector, action({ assigneeId: 'carl' }))).toBe('assignee-not-in-kern');
  });

  it('that follow up records in two kernen go to someone who works in either', () => {
    const both = action({ visitId: 'visit-in-a', initiativeId: 'initiative-in-b' });
    expect(create(colleague, { ...both, assigneeId: 'anna' })).toBeNull();
    expect(create(colleague, { ...both, assigneeId: 'carl' })).toBeNull();
    expect(create(colleague, { ...both, assigneeId: 'lea' })).toBe('assignee-not-in-kern');
  });

  it('that follow up nothing are their assignee’s own to-do', () => {
    const todo = action({ visitId: null, initiativeId: null, assigneeId: 'anna' });
    expect(create(connector, todo)).toBeNull();
    expect(create(connector, { ...todo, assigneeId: 'bert' })).toBe('outside-your-kernen');
    const change = { table: 'actions' as const, before: todo, after: { ...todo, done: true } };
    expect(firstReason(colleague, { ...change, fields: ['done'] })).toBe('outside-your-kernen');
    expect(firstReason(connector, { ...change, fields: ['done'] })).toBeNull();
    const taken = { table: 'actions' as const, before: { ...todo, assigneeId: 'bert' } };
    expect(firstReason(connector, { ...taken, after: todo, fields: ['assigneeId'] })).toBe(
      'outside-your-kernen',
    );
  });
});

describe('conflicts', () => {
  const conflict = { id: 'c', keptById: 'bert', overruledById: 'anna', resolvedAt: null };
  const resolve = (account: Account) =>
    firstReason(account, {
      table: 'conflicts',
      before: conflict,
      after: { ...conflict, resolvedAt: 5 },
      fields: ['resolvedAt'],
    });

  it('are resolved by the two people concerned or a teamleider', () => {
    for (const concerned of [connector, colleague, teamLead]) {
      const change = { table: 'conflicts' as const, before: conflict, after: conflict };
      expect(refusalsOf(concerned, { ...change, fields: ['resolvedAt'] }, facts)).toEqual([]);
    }
    expect(resolve(outsider)).toBe('not-concerned');
    expect(resolve(administrator)).toBe('not-concerned');
  });

  it('are made by the server only', () => {
    const change = { table: 'conflicts' as const, before: undefined, after: conflict, fields: [] };
    expect(firstReason(teamLead, change)).toBe('made-by-server');
  });
});

describe('an organisation in several kernen', () => {
  const both = { ...recordIn('organisations', A), kernIds: [A, B] };
  const change = (account: Account, kernIds: string[]) =>
    firstReason(account, {
      table: 'organisations',
      before: both,
      after: { ...both, kernIds, updatedAt: 2 },
      fields: kernIds === both.kernIds ? ['updatedAt'] : ['kernIds', 'updatedAt'],
    });

  it('is changed by a connector of any of its kernen', () => {
    expect(change(connector, both.kernIds)).toBeNull();
    expect(change(outsider, both.kernIds)).toBeNull();
  });

  it('leaves or enters only kernen of the one who changes it', () => {
    expect(change(connector, [B])).toBeNull();
    expect(change(connector, [A])).toBe('outside-your-kernen');
    expect(change(outsider, [A])).toBeNull();
    expect(change(colleague, [])).toBeNull();
  });

  it('is created by a connector of every kern it names', () => {
    const create = (account: Account) =>
      firstReason(account, { table: 'organisations', before: undefined, after: both, fields: [] });
    expect(create(connector)).toBe('outside-your-kernen');
    expect(create(colleague)).toBeNull();
  });
});

describe('a teamleider’s review note: a new action for the responsible connector', () => {
  const note = (fields: Record<string, unknown>): WriteChange => {
    const after = {
      ...recordIn('actions', A),
      visitId: null,
      initiativeId: null,
      done: false,
      doneOn: null,
      ...fields,
    };
    return { table: 'actions', before: undefined, after, fields: Object.keys(after) };
  };

  it.each([
    ['on a visit, for its author', { visitId: 'visit-in-a', assigneeId: 'anna' }, null],
    [
      'on an initiative, for its connector',
      { initiativeId: 'initiative-in-a', assigneeId: 'bert' },
      null,
    ],
    [
      'on a visit, for someone else',
      { visitId: 'visit-in-a', assigneeId: 'bert' },
      'not-the-responsible-connector',
    ],
    ['for oneself', { visitId: 'visit-in-a', assigneeId: 'lea' }, 'not-the-responsible-connector'],
    [
      'on an initiative nobody handles',
      { initiativeId: 'initiative-in-b', assigneeId: 'carl' },
      'not-the-responsible-connector',
    ],
    [
      'for an author who left the kern',
      { visitId: 'visit-in-b-by-anna', assigneeId: 'anna' },
      'not-the-responsible-connector',
    ],
    [
      'on a record that is not there',
      { visitId: 'visit-gone', assigneeId: 'anna' },
      'not-the-responsible-connector',
    ],
    ['following up nothing', { assigneeId: 'anna' }, 'teamlead-review-only'],
    [
      'on a visit and an initiative at once',
      { visitId: 'visit-in-a', initiativeId: 'initiative-in-a', assigneeId: 'anna' },
      'teamlead-review-only',
    ],
    [
      'already done',
      { visitId: 'visit-in-a', assigneeId: 'anna', done: true },
      'teamlead-review-only',
    ],
    [
      'with a done date',
      { visitId: 'visit-in-a', assigneeId: 'anna', doneOn: '2026-11-20' },
      'teamlead-review-only',
    ],
  ] as const)('%s → %s', (_name, fields, expected) => {
    expect(firstReason(teamLead, note(fields))).toBe(expected);
  });

  it('is refused without knowing who is responsible (an older caller)', () => {
    const change = note({ visitId: 'visit-in-a', assigneeId: 'anna' });
    const withoutResponsible = { kernOf: facts.kernOf, worksIn: facts.worksIn };
    expect(refusalsOf(teamLead, change, withoutResponsible)[0]?.reason).toBe(
      'not-the-responsible-connector',
    );
  });

  it('gives a teamleider no edit or delete of the action afterwards', () => {
    const made = note({ visitId: 'visit-in-a', assigneeId: 'anna' }).after;
    const edit = {
      table: 'actions' as const,
      before: made,
      after: { ...made, what: 'Anders' },
      fields: ['what'],
    };
    expect(firstReason(teamLead, edit)).toBe('no-field-role');
    const done = {
      table: 'actions' as const,
      before: made,
      after: { ...made, done: true },
      fields: ['done'],
    };
    expect(firstReason(teamLead, done)).toBe('no-field-role');
  });

  it('lets the connector close it', () => {
    const made = note({ visitId: 'visit-in-a', assigneeId: 'anna' }).after;
    const done = {
      table: 'actions' as const,
      before: made,
      after: { ...made, done: true, doneOn: '2026-11-21' },
      fields: ['done', 'doneOn'],
    };
    expect(firstReason(connector, done)).toBeNull();
  });

  it('fixes who asked for it (the server sets it)', () => {
    const made = {
      ...note({ visitId: 'visit-in-a', assigneeId: 'anna' }).after,
      requestedById: 'lea',
    };
    const change = {
      table: 'actions' as const,
      before: made,
      after: { ...made, requestedById: 'anna' },
      fields: ['requestedById'],
    };
    expect(firstReason(connector, change)).toBe('fixed-field');
  });
});
