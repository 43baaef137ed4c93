import { RecordValidationError } from './repositories/record-errors.ts';
import { MAX_SYNC_NUMBER } from '../shared/sync-protocol/json-limits.ts';
import { jsonBytes, MAX_MUTATION_BYTES, utf8Bytes } from '../shared/sync-protocol/push-size.ts';

/**
 * Refuses (before anything is written) a record that could not be sent once saved: every
 * change to it must fit in one push (MAX_MUTATION_BYTES), or it would wait in the outbox
 * forever and block every change after it. Measured as the largest mutation the record can become — the whole record sent
 * as a `restore` after a server restore, with the largest ids — which is never smaller than
 * its create or a patch of some of its fields. Append-only lists (note revisions, status
 * history) are sent whole in a patch, so it is the record's total that counts. Called by
 * every repository write (record-writer.ts, visits.ts); it lives there rather than in the
 * outbox middleware to keep it out of the first screen's size-budgeted JavaScript.
 */
export function refuseUnsendable(table: string, records: readonly unknown[]): void {
  for (const record of records) {
    const largest = {
      id: MAX_SYNC_NUMBER,
      table,
      recordId: (record as { id?: unknown }).id,
      kind: 'restore',
      patch: record,
      baseCursor: MAX_SYNC_NUMBER,
    };
    // A UTF-16 code unit is at most 3 bytes of UTF-8: most records are far below the limit,
    // and are passed without encoding them (this runs on every save).
    const json = JSON.stringify(largest);
    if (json.length * 3 > MAX_MUTATION_BYTES && utf8Bytes(json) > MAX_MUTATION_BYTES) {
      throw new RecordValidationError([
        { path: formField(largestField(record)), reason: 'too-large' },
      ]);
    }
  }
}

/** The field that makes the record large: the one with the longest JSON. */
function largestField(record: unknown): string {
  let largest = '';
  let size = -1;
  for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
    const bytes = jsonBytes(value);
    if (bytes > size) [largest, size] = [key, bytes];
  }
  return largest;
}

/** Where the form shows it: a visit's revisions are typed in its notes field. */
function formField(field: string): string {
  return field === 'noteRevisions' ? 'notes' : field;
}
