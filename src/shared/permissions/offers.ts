import type { RecordTable } from '../sync-protocol/sync-tables.ts';
import type { Account } from './account.ts';
import { refusalsOf, type PermissionReason, type WriteFacts } from './write-permission.ts';

/**
 * What the app offers, asked of the one permission model (write-permission.ts) with the
 * change the offer would lead to: a form, a button or a kern is shown only when the server
 * will accept what it makes.
 */

type Data = Readonly<Record<string, unknown>>;

/** Why this account may not change these fields of this record; null when it may. */
export function whyNotChange(
  account: Account,
  table: RecordTable,
  record: Data,
  fields: readonly string[],
  facts: WriteFacts,
): PermissionReason | null {
  const change = { table, before: record, after: record, fields };
  return refusalsOf(account, change, facts)[0]?.reason ?? null;
}

/**
 * Why this account may not change this record at all; null when some change is allowed. A
 * change that names no field asks whether the record is theirs to change (a teamleider's
 * initiative is, for its status and connector).
 */
export function whyReadOnly(
  account: Account,
  table: RecordTable,
  record: Data,
  facts: WriteFacts,
): PermissionReason | null {
  return whyNotChange(account, table, record, [], facts);
}

type CreatedTable = 'organisations' | 'people' | 'visits' | 'initiatives';

/** Why this account may not create a record of this kind in this kern; null when it may. */
export function whyNotCreateIn(
  account: Account,
  table: CreatedTable,
  kernId: string,
  facts: WriteFacts,
): PermissionReason | null {
  const after = table === 'organisations' ? { kernIds: [kernId] } : { kernId };
  const change = { table, before: undefined, after, fields: Object.keys(after) };
  return refusalsOf(account, change, facts)[0]?.reason ?? null;
}

/** The kernen in which this account may create a record of this kind (for the kern pickers). */
export function kernenToCreateIn(
  account: Account,
  table: CreatedTable,
  kernIds: readonly string[],
  facts: WriteFacts,
): string[] {
  return kernIds.filter((kernId) => whyNotCreateIn(account, table, kernId, facts) === null);
}

/**
 * May this account make `candidate` (null: nobody yet) the connector of this initiative
 * (undefined: one being registered) in this kern? The connector pickers offer only these.
 */
export function mayAssign(
  account: Account,
  initiative: Data | undefined,
  kernId: string,
  candidate: string | null,
  facts: WriteFacts,
): boolean {
  const after = { ...initiative, kernId, assignedConnectorId: candidate };
  const fields = initiative ? ['assignedConnectorId', 'updatedAt'] : Object.keys(after);
  const change = { table: 'initiatives' as const, before: initiative, after, fields };
  return refusalsOf(account, change, facts).length === 0;
}
