import { cachedColleagues } from '../../db/colleague-cache.ts';
import { doesFieldWork, type Account } from '../../shared/permissions/account.ts';
import {
  kernenToCreateIn,
  mayAssign,
  whyNotCreateIn,
  whyNotChange,
  whyReadOnly,
} from '../../shared/permissions/offers.ts';
import type { PermissionReason, WriteFacts } from '../../shared/permissions/write-permission.ts';
import type { RecordTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { Colleague } from '../../shared/colleagues.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { useLive } from './useLive.ts';
import { useLocalData } from './local-data.tsx';

type Data = Readonly<Record<string, unknown>>;
type CreatedTable = 'organisations' | 'people' | 'visits' | 'initiatives';

/** What the signed-in account may do, asked of the one permission model (src/shared). */
export interface Permissions {
  account: Account;
  /** A field role: the account creates records (in the kernen of kernenToCreateIn). */
  fieldWork: boolean;
  kernenToCreateIn: (table: CreatedTable, kernIds: readonly string[]) => string[];
  whyNotCreateIn: (table: CreatedTable, kernId: string) => PermissionReason | null;
  whyReadOnly: (table: RecordTable, record: Data) => PermissionReason | null;
  whyNotChange: (
    table: RecordTable,
    record: Data,
    fields: readonly string[],
  ) => PermissionReason | null;
  mayChangeFields: (table: RecordTable, record: Data, fields: readonly string[]) => boolean;
  /** May this account make `candidate` the connector of this initiative (undefined: a new one)? */
  mayAssign: (initiative: Data | undefined, kernId: string, candidate: string | null) => boolean;
  /** The gebiedsverbinders of a kern, as the device last heard, by name. */
  connectorsOf: (kernId: string) => Colleague[];
}

const NOBODY: Account = { id: '', roles: [], kernIds: [] };

export function usePermissions(): Permissions {
  const { state } = useAuth();
  const { db } = useLocalData();
  const colleagues = useLive(() => cachedColleagues(db), [db]);
  const account = state.status === 'signed-in' ? state.user : NOBODY;
  // This account as its session knows it, before the colleagues' list (which may be older).
  const self: Colleague[] =
    state.status === 'signed-in'
      ? [{ ...state.user, kernIds: doesFieldWork(account) ? state.user.kernIds : [] }]
      : [];
  const others = colleagues.status === 'ready' ? colleagues.value : [];
  const known = [...self, ...others.filter((colleague) => colleague.id !== account.id)];
  const worksIn = (userId: string, kernId: string) =>
    known.find((colleague) => colleague.id === userId)?.kernIds.includes(kernId) ?? false;
  // Actions are offered with their visit or initiative, whose kern the screen already knows.
  const facts: WriteFacts = { kernOf: () => undefined, worksIn };
  return {
    account,
    fieldWork: doesFieldWork(account),
    kernenToCreateIn: (table, kernIds) => kernenToCreateIn(account, table, kernIds, facts),
    whyNotCreateIn: (table, kernId) => whyNotCreateIn(account, table, kernId, facts),
    whyReadOnly: (table, record) => whyReadOnly(account, table, record, facts),
    whyNotChange: (table, record, fields) => whyNotChange(account, table, record, fields, facts),
    mayChangeFields: (table, record, fields) =>
      whyNotChange(account, table, record, fields, facts) === null,
    mayAssign: (initiative, kernId, candidate) =>
      mayAssign(account, initiative, kernId, candidate, facts),
    connectorsOf: (kernId) => known.filter((colleague) => colleague.kernIds.includes(kernId)),
  };
}
