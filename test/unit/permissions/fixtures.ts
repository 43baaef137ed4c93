import type { Account } from '../../../src/shared/permissions/account.ts';
import type { WriteFacts } from '../../../src/shared/permissions/write-permission.ts';
import type { RecordTable } from '../../../src/shared/sync-protocol/sync-tables.ts';

/** Two kernen, and the people of the permission tables: who works where, in which role. */
export const A = 'kern-a';
export const B = 'kern-b';

export const connector: Account = { id: 'anna', roles: ['gebiedsverbinder'], kernIds: [A] };
export const colleague: Account = { id: 'bert', roles: ['gebiedsverbinder'], kernIds: [A, B] };
export const outsider: Account = { id: 'carl', roles: ['gebiedsverbinder'], kernIds: [B] };
export const teamLead: Account = { id: 'lea', roles: ['teamleider'], kernIds: [] };
export const administrator: Account = { id: 'bea', roles: ['beheerder'], kernIds: [A] };
export const leadingConnector: Account = {
  id: 'lars',
  roles: ['gebiedsverbinder', 'teamleider'],
  kernIds: [A],
};

const everyone = [connector, colleague, outsider, teamLead, administrator, leadingConnector];

/** A visit and an initiative in kern A and in kern B, for actions that follow them up. */
export const LINKED: Record<string, string> = {
  'visit-in-a': A,
  'visit-in-b': B,
  'initiative-in-a': A,
  'initiative-in-b': B,
};

/** Who is responsible for each linked record: its author or connector (null: nobody yet). */
export const RESPONSIBLE: Record<string, string | null> = {
  'visit-in-a': 'anna',
  'visit-in-b': 'carl',
  'initiative-in-a': 'bert',
  'initiative-in-b': null,
  // Anna wrote this visit in B before B went to Carl: she no longer works there.
  'visit-in-b-by-anna': 'anna',
};
LINKED['visit-in-b-by-anna'] = B;

export const facts: WriteFacts = {
  kernOf: (_table, id) => LINKED[id],
  responsibleFor: (_table, id) => RESPONSIBLE[id],
  worksIn: (userId, kernId) =>
    everyone.some(
      (account) =>
        account.id === userId &&
        account.roles.includes('gebiedsverbinder') &&
        account.kernIds.includes(kernId),
    ),
};

type Data = Record<string, unknown>;

/** A record of each kind in a kern, with every field a real one has. */
export function recordIn(table: RecordTable, kernId: string): Data {
  const meta = { id: 'rec-1', createdAt: 1, updatedAt: 1, deleted: false };
  switch (table) {
    case 'organisations':
      return { ...meta, name: 'PB', kindId: 'k', kernIds: [kernId], address: '', email: '' };
    case 'people':
      return { ...meta, name: 'Jan', kernId, phone: '', email: '', dataBasis: 'lid' };
    case 'visits':
      return {
        ...meta,
        date: '2026-11-20',
        kernId,
        channel: 'bezoek',
        noteRevisions: [],
        authorId: 'bert',
      };
    case 'initiatives':
      return {
        ...meta,
        title: 'Jeu de boules',
        kernId,
        status: 'ingediend',
        statusHistory: [],
        registeredById: 'bert',
        registeredOn: '2026-11-20',
        feedbackDeadline: '2026-12-18',
        assignedConnectorId: null,
        feedbackLog: [],
      };
    case 'actions':
      return {
        ...meta,
        what: 'Bellen',
        assigneeId: 'bert',
        dueDate: '2026-12-01',
        done: false,
        visitId: kernId === A ? 'visit-in-a' : 'visit-in-b',
        initiativeId: null,
      };
  }
}

/** The record moved to another kern (an action by following up something elsewhere). */
export function movedTo(table: RecordTable, record: Data, kernId: string): Data {
  switch (table) {
    case 'organisations':
      return { ...record, kernIds: [kernId] };
    case 'actions':
      return { ...record, visitId: kernId === A ? 'visit-in-a' : 'visit-in-b' };
    default:
      return { ...record, kernId };
  }
}
