import { hasRole } from '../../shared/roles.ts';
import type { PushedTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { UserRecord } from '../store/store.ts';
import { writerKeys, writeScope, type KernOf } from './record-scope.ts';
import { Rejected } from './rejected.ts';

type Data = Record<string, unknown>;

/** What a teamleider may change on an initiative: who handles it and its status. */
const TEAMLEAD_INITIATIVE_FIELDS = new Set([
  'assignedConnectorId',
  'status',
  'statusHistory',
  'updatedAt',
]);

/** Who pushes and what their roles let them write, worked out once per push batch. */
export interface Writer {
  user: UserRecord;
  teamlead: boolean;
  /** The keys a gebiedsverbinder writes through (writerKeys); null for other roles. */
  keys: ReadonlySet<string> | null;
}

export function writerOf(user: UserRecord): Writer {
  return {
    user,
    teamlead: hasRole(user.roles, 'teamleider'),
    keys: hasRole(user.roles, 'gebiedsverbinder') ? writerKeys(user) : null,
  };
}

/**
 * May this user make this change? A gebiedsverbinder writes records of their kernen (before
 * and after the change: moving a record out of one's kernen is also a write there); a
 * teamleider assigns initiatives and sets their status; conflicts are resolved by the two
 * people concerned or a teamleider.
 */
export function checkWritePermission(
  writer: Writer,
  table: PushedTable,
  before: Data | undefined,
  after: Data,
  changedFields: string[],
  kernOf: KernOf,
): void {
  const { user, teamlead, keys } = writer;
  if (table === 'conflicts') {
    const concerned = after['keptById'] === user.id || after['overruledById'] === user.id;
    if (concerned || teamlead) return;
    throw new Rejected('forbidden', 'only the people concerned or a teamleider resolve a conflict');
  }
  if (
    keys &&
    (!before || inScope(table, before, keys, kernOf)) &&
    inScope(table, after, keys, kernOf)
  ) {
    return;
  }
  if (
    teamlead &&
    table === 'initiatives' &&
    before &&
    changedFields.every((field) => TEAMLEAD_INITIATIVE_FIELDS.has(field))
  ) {
    return;
  }
  throw new Rejected('forbidden', `no right to change this ${table} record`);
}

function inScope(table: PushedTable, data: Data, keys: ReadonlySet<string>, kernOf: KernOf) {
  return writeScope(table, data, kernOf).some((key) => keys.has(key));
}

/** Fields naming who wrote something: they must name the user who pushes it. */
const AUTHOR_FIELDS: Partial<Record<PushedTable, string[]>> = {
  visits: ['authorId'],
  initiatives: ['registeredById'],
};
const ENTRY_AUTHOR_FIELDS: Record<string, string> = {
  noteRevisions: 'authorId',
  statusHistory: 'by',
  feedbackLog: 'by',
};

/** Attribution cannot be forged: new records and new list entries carry the pusher's id. */
export function checkAttribution(
  user: UserRecord,
  table: PushedTable,
  created: Data | undefined,
  addedEntries: Record<string, Data[]>,
): void {
  for (const field of created ? (AUTHOR_FIELDS[table] ?? []) : []) {
    if (created?.[field] !== user.id) throw new Rejected('forbidden', `${field} must be you`);
  }
  for (const [field, entries] of Object.entries(addedEntries)) {
    const authorField = ENTRY_AUTHOR_FIELDS[field];
    if (authorField && entries.some((entry) => entry[authorField] !== user.id)) {
      throw new Rejected('forbidden', `${field}: entries must be yours`);
    }
  }
}
