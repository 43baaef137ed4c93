import { doesFieldWork, type Account } from '../../shared/permissions/account.ts';
import type { KernOf } from '../../shared/permissions/record-kernen.ts';
import { refusalDetail } from '../../shared/permissions/refusal-detail.ts';
import {
  refusalsOf,
  type WriteChange,
  type WriteFacts,
} from '../../shared/permissions/write-permission.ts';
import type { Store, UserRecord } from '../store/store.ts';
import { Rejected } from './rejected.ts';

/** Who pushes, as the session knows them, and who works where: once per push batch. */
export interface Writer {
  account: Account;
  worksIn: WriteFacts['worksIn'];
}

/**
 * The writer of one push batch. Who works where is read once per batch, before the model
 * runs: the model is pure and synchronous, and a municipality has tens of accounts, so one
 * read of them costs less than a round trip per change that assigns someone.
 */
export async function writerOf(user: UserRecord, store: Store): Promise<Writer> {
  const connectors = await activeConnectors(store);
  return {
    account: { id: user.id, roles: user.roles, kernIds: user.kernIds },
    worksIn: (userId, kernId) => connectors.get(userId)?.has(kernId) ?? false,
  };
}

/** Per active gebiedsverbinder, the kernen they work in. */
async function activeConnectors(store: Store): Promise<Map<string, ReadonlySet<string>>> {
  const connectors = new Map<string, ReadonlySet<string>>();
  for (const user of await store.users.list()) {
    if (user.status === 'active' && doesFieldWork(user)) {
      connectors.set(user.id, new Set(user.kernIds));
    }
  }
  return connectors;
}

/**
 * Applies the one permission model (src/shared/permissions) to a change: a refusal rejects
 * the mutation with the model's reason code (and the field), which the author's device shows
 * in words.
 */
export function checkWritePermission(writer: Writer, change: WriteChange, kernOf: KernOf): void {
  const [refusal] = refusalsOf(writer.account, change, { kernOf, worksIn: writer.worksIn });
  if (refusal) throw new Rejected('forbidden', refusalDetail(refusal));
}

/** Does the model allow this change? (A restore of what one may not write is skipped.) */
export function mayWrite(writer: Writer, change: WriteChange, kernOf: KernOf): boolean {
  return refusalsOf(writer.account, change, { kernOf, worksIn: writer.worksIn }).length === 0;
}
