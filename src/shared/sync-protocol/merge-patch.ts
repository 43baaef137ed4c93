import type { PushedTable } from './sync-tables.ts';
import { appendOnlyList, type EntryKey } from './table-descriptions.ts';

type Entry = Record<string, unknown>;

/**
 * Lists that only grow (table-descriptions.ts: visit notes, the feedback log, the status
 * history): a device sends the whole list it has, and merging keeps every entry either side
 * has, matched by key. Every other field is a plain value: the last write (by server receipt)
 * wins.
 */
export function appendOnlyKey(table: PushedTable, field: string): EntryKey | undefined {
  return appendOnlyList(table, field)?.key;
}

/** Entries of `incoming` that `current` does not hold yet, in their order. */
export function newEntries(current: unknown, incoming: unknown, key: EntryKey): Entry[] {
  const known = new Set(asEntries(current).map(key));
  return asEntries(incoming).filter((entry) => !known.has(key(entry)));
}

/**
 * Applies a field-level patch to a record: plain fields are replaced, append-only lists are
 * united. The same function runs on the server (to apply a push) and on the device (to put
 * its pending changes back on top of a pulled row), so both end with the same record.
 */
export function applyPatch(
  table: PushedTable,
  current: Record<string, unknown> | undefined,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(patch)) {
    const key = appendOnlyKey(table, field);
    next[field] =
      key && current
        ? [...asEntries(current[field]), ...newEntries(current[field], value, key)]
        : value;
  }
  return next;
}

function asEntries(value: unknown): Entry[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is Entry => typeof entry === 'object' && entry !== null)
    : [];
}
