import { withErasedRefs } from '../../shared/privacy/erasure.ts';
import type { Mutation } from '../../shared/sync-protocol/sync-protocol.ts';
import { PULLED_TABLES, type PulledTable } from '../../shared/sync-protocol/sync-tables.ts';
import {
  TABLE_DESCRIPTIONS,
  type AppendOnlyList,
} from '../../shared/sync-protocol/table-descriptions.ts';
import type { Store } from '../store/store.ts';
import { Rejected } from '../sync-service/rejected.ts';

type Raw = Record<string, unknown>;

const isTable = (table: unknown): table is PulledTable =>
  typeof table === 'string' && (PULLED_TABLES as readonly string[]).includes(table);

/**
 * The ids in a push batch that an erasure may have taken away: the records it changes, the
 * people its changes name, the entries of its append-only lists. One query per batch asks
 * which of them are erased.
 */
export async function erasedInBatch(store: Store, mutations: readonly Raw[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const { table, recordId, patch } of mutations) {
    if (!isTable(table) || typeof patch !== 'object' || patch === null) continue;
    if (table === 'people' && typeof recordId === 'string') ids.add(recordId);
    const fields = patch as Raw;
    const description = TABLE_DESCRIPTIONS[table];
    for (const field of description.personRefs) {
      const value = fields[field];
      for (const id of Array.isArray(value) ? value : [value]) {
        if (typeof id === 'string') ids.add(id);
      }
    }
    for (const [field, list] of Object.entries(description.appendOnly)) {
      for (const entry of entriesOf(fields[field])) ids.add(list.key(entry));
    }
  }
  return new Set(await store.privacy.erasedAmong([...ids]));
}

/**
 * A mutation as the server may apply it after an erasure: an edit to an erased person is
 * refused (`person-erased`; its content is not kept, push-service.ts); a change naming an
 * erased person points at "verwijderde persoon"; list entries an erasure took out stay out.
 */
export function withoutErased(mutation: Mutation, erased: ReadonlySet<string>): Mutation {
  if (erased.size === 0) return mutation;
  if (mutation.table === 'people' && erased.has(mutation.recordId)) {
    throw new Rejected('person-erased', 'the person was erased');
  }
  let patch = withErasedRefs(mutation.table, mutation.patch, erased);
  for (const [field, list] of Object.entries(TABLE_DESCRIPTIONS[mutation.table].appendOnly)) {
    const value = patch[field];
    if (!Array.isArray(value)) continue;
    const kept = entriesOf(value).filter((entry) => !erased.has(keyOf(list, entry)));
    if (kept.length !== value.length) patch = { ...patch, [field]: kept };
  }
  return patch === mutation.patch ? mutation : { ...mutation, patch };
}

const keyOf = (list: AppendOnlyList, entry: Raw) => list.key(entry);

function entriesOf(value: unknown): Raw[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is Raw => typeof entry === 'object' && entry !== null)
    : [];
}
