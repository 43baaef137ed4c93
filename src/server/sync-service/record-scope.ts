import { recordKernen, type KernOf } from '../../shared/permissions/record-kernen.ts';
import { hasRole } from '../../shared/roles.ts';
import type { PulledTable } from '../../shared/sync-protocol/sync-tables.ts';
import { TABLE_DESCRIPTIONS } from '../../shared/sync-protocol/table-descriptions.ts';
import type { SyncRecordRow, UserRecord } from '../store/store.ts';

/**
 * Who may read a synced row, as keys: 'all' (every connector), 'kern:<id>' (whoever works in
 * that kern) and 'user:<id>' (that person). A teamleider reads everything; a gebiedsverbinder
 * the rows of their kernen, the records they wrote or are assigned to (also outside their
 * kernen: reading one's own work is no right to change it, see src/shared/permissions), and
 * the organisation list of every kern (README, "Accounts and sessions").
 */
export const kernKey = (id: string) => `kern:${id}`;
export const userKey = (id: string) => `user:${id}`;
export const EVERY_CONNECTOR = 'all';

type Data = Record<string, unknown>;

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
  const kernen = table === 'rejections' ? [] : recordKernen(table, data, kernOf).map(kernKey);
  const people = TABLE_DESCRIPTIONS[table].readers
    .map((field) => data[field])
    .filter((id): id is string => typeof id === 'string')
    .map(userKey);
  return table === 'organisations' ? [EVERY_CONNECTOR, ...kernen] : [...kernen, ...people];
}

/** The keys of a user: null means every row (a teamleider). */
export function viewerKeys(user: Pick<UserRecord, 'id' | 'roles' | 'kernIds'>): string[] | null {
  if (hasRole(user.roles, 'teamleider')) return null;
  if (!hasRole(user.roles, 'gebiedsverbinder')) return [userKey(user.id)];
  return [EVERY_CONNECTOR, ...user.kernIds.map(kernKey), userKey(user.id)];
}
