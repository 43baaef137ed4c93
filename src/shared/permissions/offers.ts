import type { RecordTable } from '../sync-protocol/sync-tables.ts';
import type { Account } from './account.ts';
import { refusalsOf, type PermissionReason, type WriteFacts } from './write-permission.ts';

/**
 * What the app offers, asked of the one permission model (write-permission.ts) with the
 * change the offer would lead to: a form, a button or a kern is shown only when the server
 * will accept what it makes.
 */

type Data = Readonly<Record<string, unknown>>;

/** Why this account may not change this record at all; null when some change is allowed. */
export function whyReadOnly(
  account: Account,
  table: RecordTable,
  record: Data,
  facts: WriteFacts,
): PermissionReason | null {
  // A change that names no field: is the record theirs to change at all? (A teamleider's
  // initiative is, for its status and connector: mayChangeFields asks per field.)
  const change = { table, before: record, after: record, fields: [] };
  return refusalsOf(account, change, facts)[0]?.reason ?? null;
}

/** May this account change these fields of this record (e.g. an initiative's status)? */
export function mayChangeFields(
  account: Account,
  table: RecordTable,
  record: Data,
  fields: readonly string[],
  facts: WriteFacts,
): boolean {
  return refusalsOf(account, { table, before: record, after: record, fields }, facts).length === 0;
}

/** The kernen in which this account may create a record of this kind (for the kern pickers). */
export function kernenToCreateIn(
  account: Account,
  table: 'organisations' | 'people' | 'visits' | 'initiatives',
  kernIds: readonly string[],
  facts: WriteFacts,
): string[] {
  return kernIds.filter((kernId) => {
    const after = table === 'organisations' ? { kernIds: [kernId] } : { kernId };
    return refusalsOf(account, { table, before: undefined, after, fields: [] }, facts).length === 0;
  });
}
