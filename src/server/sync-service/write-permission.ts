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
  responsibleFor?: WriteFacts['responsibleFor'];
}

type FindLinked = (table: 'visits' | 'initiatives', id: string) => { data: Data } | undefined;
type Data = Readonly<Record<string, unknown>>;

/**
 * The person responsible for a linked record, for a teamleider's review note: a visit's
 * author, an initiative's connector (null: nobody yet).
 */
function responsibleLookup(find: FindLinked): NonNullable<WriteFacts['responsibleFor']> {
  return (table, id) => {
    const data = find(table, id)?.data;
    if (!data) return undefined;
    const who = data[table === 'visits' ? 'authorId' : 'assignedConnectorId'];
    return typeof who === 'string' ? who : null;
  };
}

/**
 * The writer of one push batch. Who works where is read once per batch, before the model
 * runs: the model is pure and synchronous, and a municipality has tens of accounts, so one
 * read of them costs less than a round trip per change that assigns someone. `find` reads
 * the batch's (preloaded) linked records.
 */
export async function writerOf(user: UserRecord, store: Store, find?: FindLinked): Promise<Writer> {
  const connectors = await activeConnectors(store);
  return {
    account: { id: user.id, roles: user.roles, kernIds: user.kernIds },
    ...(find ? { responsibleFor: responsibleLookup(find) } : {}),
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
  const [refusal] = refusalsOf(writer.account, change, factsOf(writer, kernOf));
  if (refusal) throw new Rejected('forbidden', refusalDetail(refusal));
}

/** Does the model allow this change? (A restore of what one may not write is skipped.) */
export function mayWrite(writer: Writer, change: WriteChange, kernOf: KernOf): boolean {
  return refusalsOf(writer.account, change, factsOf(writer, kernOf)).length === 0;
}

function factsOf(writer: Writer, kernOf: KernOf): WriteFacts {
  const { worksIn, responsibleFor } = writer;
  return responsibleFor ? { kernOf, worksIn, responsibleFor } : { kernOf, worksIn };
}
