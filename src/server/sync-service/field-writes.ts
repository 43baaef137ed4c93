import type { FieldWrite } from '../store/store.ts';

/**
 * Who last wrote each field of a record, kept small: one entry per write rather than per
 * field (a field-by-field map weighed three times the record). The invariants:
 * - writes are oldest first, and a field is named by at most one of them;
 * - a field belongs to the last write that names it, and a field no write names to the
 *   first write — so a create names no fields: it set them all;
 * - a write that no longer names any field is dropped, except the first.
 */

/** The writes of a record that one write made whole (a create or an import). */
export function firstWrite(
  seq: number,
  clientId: string,
  userId: string,
  restoredAsOf?: number,
): FieldWrite[] {
  return [
    restoredAsOf === undefined
      ? [seq, clientId, userId, []]
      : [seq, clientId, userId, [], restoredAsOf],
  ];
}

/** The write that last set `field`, or undefined for a record without writes. */
export function lastWriteOf(writes: readonly FieldWrite[], field: string): FieldWrite | undefined {
  for (let i = writes.length - 1; i > 0; i -= 1) {
    const write = writes[i];
    if (write?.[3].includes(field)) return write;
  }
  return writes[0];
}

/** The writes after `write`, which set the fields it names, is added. */
export function withWrite(writes: readonly FieldWrite[], write: FieldWrite): FieldWrite[] {
  const setAgain = new Set(write[3]);
  const earlier = writes
    .map(([seq, clientId, userId, fields, ...restoredAsOf]): FieldWrite => [
      seq,
      clientId,
      userId,
      fields.filter((field) => !setAgain.has(field)),
      ...restoredAsOf,
    ])
    .filter((earlierWrite, index) => index === 0 || earlierWrite[3].length > 0);
  return [...earlier, write];
}
