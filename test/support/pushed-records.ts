import { randomUUID } from 'node:crypto';
import type { RecordTable } from '../../src/shared/sync-protocol/sync-tables.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';

type Data = Record<string, unknown>;

/** The links a new action or a record of a kind needs: where it is, what it follows up. */
export interface RecordPlace {
  kernId: string;
  /** For an organisation: one of the server's organisation kinds. */
  kindId: string;
  /** For an action: the visit it follows up (its kern is the action's). */
  visitId?: string;
  /** Who a new record names as its author and an action as its assignee. */
  userId: string;
}

/** A whole valid record of each kind, as a device's create sends it. */
export function newRecord(table: RecordTable, place: RecordPlace, now = Date.now()): Data {
  const meta = { id: randomUUID(), createdAt: now, updatedAt: now, deleted: false };
  switch (table) {
    case 'organisations':
      return {
        ...meta,
        name: 'Toneelclub',
        kindId: place.kindId,
        kernIds: [place.kernId],
        status: 'actief',
        endDate: null,
      };
    case 'people':
      return { ...meta, name: 'Jan', kernId: place.kernId, dataBasis: 'lid van de vereniging' };
    case 'visits':
      return {
        ...meta,
        date: '2026-11-20',
        kernId: place.kernId,
        channel: 'bezoek',
        noteRevisions: [
          { id: randomUUID(), text: 'Gesprek', createdAt: now, authorId: place.userId },
        ],
        authorId: place.userId,
      };
    case 'initiatives':
      return {
        ...meta,
        title: 'Jeu de boules-baan',
        kernId: place.kernId,
        type: 'initiatief',
        initiatorPersonId: null,
        assignedConnectorId: null,
        registeredOn: '2026-11-20',
        status: 'ingediend',
        statusHistory: [
          { id: randomUUID(), from: null, to: 'ingediend', at: now, by: place.userId, reason: '' },
        ],
        registeredById: place.userId,
        feedbackDeadline: '2026-12-18',
        feedbackLog: [],
      };
    case 'actions':
      return {
        ...meta,
        what: 'Offerte opvragen',
        assigneeId: place.userId,
        dueDate: '2026-12-01',
        visitId: place.visitId ?? null,
      };
  }
}

/** A numbered create of a new person in a kern, as a device's outbox sends it. */
export function personCreate(mutationId: number, kernId: string, name: string) {
  const patch: Data = { ...newRecord('people', { kernId, kindId: '', userId: '' }), name };
  const recordId = String(patch['id']);
  return { id: mutationId, table: 'people', recordId, kind: 'create', baseCursor: 0, patch };
}

/** A plain field of each kind and a new value for it: what an ordinary edit changes. */
export const PLAIN_EDIT: Record<RecordTable, Data> = {
  organisations: { name: 'Toneelvereniging' },
  people: { name: 'Jan de Vries' },
  visits: { channel: 'telefoon' },
  initiatives: { title: 'Jeu de boules-banen' },
  actions: { what: 'Offerte opvragen en doorsturen' },
};

export interface PushAnswer {
  status: number;
  rejected: { id: number; reason: string }[];
}

/**
 * A device of one account that pushes raw mutations over HTTP to the server at `baseUrl`: its
 * own client id and mutation numbers, as the sync engine would send them.
 */
export function rawPusher(baseUrl: string, accessToken: string) {
  const clientId = randomUUID();
  let lastId = 0;
  let epoch: string | null = null;
  return async (
    mutations: { table: string; recordId: string; kind: string; patch: Data }[],
  ): Promise<PushAnswer> => {
    const numbered = mutations.map((mutation) => ({ ...mutation, id: ++lastId, baseCursor: 0 }));
    const body = { clientId, protocolVersion: PROTOCOL_VERSION, epoch, mutations: numbered };
    const response = await fetch(`${baseUrl}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { epoch?: string; rejected?: PushAnswer['rejected'] };
    epoch = answer.epoch ?? epoch;
    return { status: response.status, rejected: answer.rejected ?? [] };
  };
}
