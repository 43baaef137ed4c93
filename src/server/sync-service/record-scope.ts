import { hasRole } from '../../shared/roles.ts';
import type { PulledTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { SyncRecordRow, UserRecord } from '../store/store.ts';

/**
 * Who may read a synced row, as keys: 'all' (every connector), 'kern:<id>' (whoever works in
 * that kern) and 'user:<id>' (that person). A teamleider reads everything; a gebiedsverbinder
 * the rows of their kernen, their own, and the organisation list of every kern (README,
 * "Accounts and sessions").
 */
export const kernKey = (id: string) => `kern:${id}`;
export const userKey = (id: string) => `user:${id}`;
export const EVERY_CONNECTOR = 'all';

type Data = Record<string, unknown>;
/** Finds the kern of a linked visit or initiative, for an action's scope. */
export type KernOf = (table: 'visits' | 'initiatives', id: string) => string | undefined;

/** The KernOf of a way to find records: the kern of the linked record as it is now. */
export function kernLookup(
  find: (table: 'visits' | 'initiatives', id: string) => SyncRecordRow | undefined,
): KernOf {
  return (table, id) => {
    const kernId = find(table, id)?.data['kernId'];
    return typeof kernId === 'string' ? kernId : undefined;
  };
}

export function readScope(table: PulledTable, data: Data, kernOf: KernOf): string[] {
  const keys = writeScope(table, data, kernOf);
  return table === 'organisations' ? [EVERY_CONNECTOR, ...keys] : keys;
}

// Helpers of writeScope, made once: it runs for every pushed mutation.
/** A text field as a list of its one value, or of none. */
const text = (data: Data, field: string) => (typeof data[field] === 'string' ? [data[field]] : []);
const kernen = (ids: string[]) => ids.map(kernKey);
const users = (ids: string[]) => ids.map(userKey);

/** The keys that may change a row: its read scope without 'all'. */
export function writeScope(table: PulledTable, data: Data, kernOf: KernOf): string[] {
  switch (table) {
    case 'organisations':
      return kernen(Array.isArray(data['kernIds']) ? data['kernIds'].map(String) : []);
    case 'people':
      return kernen(text(data, 'kernId'));
    case 'visits':
      return [...kernen(text(data, 'kernId')), ...users(text(data, 'authorId'))];
    case 'initiatives':
      return [
        ...kernen(text(data, 'kernId')),
        ...users([...text(data, 'registeredById'), ...text(data, 'assignedConnectorId')]),
      ];
    case 'actions': {
      const linked = [
        ...text(data, 'visitId').map((id) => kernOf('visits', id)),
        ...text(data, 'initiativeId').map((id) => kernOf('initiatives', id)),
      ].filter((id): id is string => id !== undefined);
      return [...users(text(data, 'assigneeId')), ...kernen(linked)];
    }
    case 'conflicts':
      return users([...text(data, 'keptById'), ...text(data, 'overruledById')]);
    case 'rejections':
      return users(text(data, 'authorId'));
  }
}

/** The keys of a user: null means every row (a teamleider). */
export function viewerKeys(user: Pick<UserRecord, 'id' | 'roles' | 'kernIds'>): string[] | null {
  if (hasRole(user.roles, 'teamleider')) return null;
  if (!hasRole(user.roles, 'gebiedsverbinder')) return [userKey(user.id)];
  return [EVERY_CONNECTOR, ...user.kernIds.map(kernKey), userKey(user.id)];
}

/** The keys through which a gebiedsverbinder may write: their kernen and themselves. */
export function writerKeys(user: Pick<UserRecord, 'id' | 'roles' | 'kernIds'>): Set<string> {
  if (!hasRole(user.roles, 'gebiedsverbinder')) return new Set([userKey(user.id)]);
  return new Set([...user.kernIds.map(kernKey), userKey(user.id)]);
}
