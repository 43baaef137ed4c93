import { PUSHED_TABLES, type PushedTable } from '../sync-protocol/sync-tables.ts';
import { TABLE_DESCRIPTIONS } from '../sync-protocol/table-descriptions.ts';

export { RESIDENT_FIELDS } from '../sync-protocol/table-descriptions.ts';

/**
 * Attribution is the server's: who made a record or a list entry and when are set from the
 * session when it arrives, and no patch changes them, for anyone. The device's values of
 * these fields are placeholders for its own screens until the server's version arrives.
 */

/** Per table, who made a record: set from the session on create (with `createdAt`). */
export const AUTHOR_FIELD: Partial<Record<PushedTable, string>> = Object.fromEntries(
  PUSHED_TABLES.flatMap((table) => {
    const author = TABLE_DESCRIPTIONS[table].author;
    return author === undefined ? [] : [[table, author]];
  }),
);

/**
 * Is `field` of `table` set once when the record is made, so that no patch may name it?
 * `id`, `createdAt`, the author, and the table's own fixed fields (an initiative's
 * registration date and the feedback deadline the server computes from it).
 */
export function isFixedField(table: PushedTable, field: string): boolean {
  const description = TABLE_DESCRIPTIONS[table];
  return (
    field === 'id' ||
    field === 'createdAt' ||
    description.author === field ||
    description.fixedAtCreation.includes(field)
  );
}

/** The who and when of an entry in an append-only list, set by the server when it arrives. */
export interface EntryAttribution {
  /** The field naming who added the entry. */
  by: string;
  /** The field holding when it was added (ms since the epoch), if the entry has one. */
  at?: string;
}

/** Per table, its append-only lists and the attribution fields of their entries. */
export const ENTRY_ATTRIBUTION: Partial<
  Record<PushedTable, Readonly<Record<string, EntryAttribution>>>
> = Object.fromEntries(
  PUSHED_TABLES.flatMap((table) => {
    const lists = Object.entries(TABLE_DESCRIPTIONS[table].appendOnly);
    if (lists.length === 0) return [];
    return [
      [
        table,
        Object.fromEntries(
          lists.map(([field, { by, at }]) => [field, at === undefined ? { by } : { by, at }]),
        ),
      ],
    ];
  }),
);
