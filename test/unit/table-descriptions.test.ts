import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '../../src/shared/sync-protocol/record-schemas.ts';
import { ConflictSchema, RejectionSchema } from '../../src/shared/sync-protocol/sync-records.ts';
import { PULLED_TABLES, type PulledTable } from '../../src/shared/sync-protocol/sync-tables.ts';
import {
  appendOnlyList,
  TABLE_DESCRIPTIONS,
} from '../../src/shared/sync-protocol/table-descriptions.ts';

type ObjectSchema = v.StrictObjectSchema<v.ObjectEntries, undefined>;

/** The object schema inside a table's schema (some are piped through record-wide checks). */
function entriesOf(schema: unknown): v.ObjectEntries {
  const found = schema as Partial<ObjectSchema> & { pipe?: unknown[] };
  if (found.entries) return found.entries;
  if (found.pipe) return entriesOf(found.pipe[0]);
  throw new Error('no object schema');
}

const SCHEMAS: Record<PulledTable, unknown> = {
  ...RECORD_SCHEMAS,
  conflicts: ConflictSchema,
  rejections: RejectionSchema,
};

describe('the one description of each synced table', () => {
  it.each(PULLED_TABLES)('%s: names only fields its record schema has', (table) => {
    const fields = Object.keys(entriesOf(SCHEMAS[table]));
    const description = TABLE_DESCRIPTIONS[table];
    const named = [
      ...description.readers,
      ...(description.author ? [description.author] : []),
      ...description.fixedAtCreation,
      ...Object.keys(description.appendOnly),
      ...description.personal,
      ...description.personRefs,
      ...description.searchable,
      ...Object.values(description.kern).filter((value) => value !== description.kern.kind),
    ];
    expect(named.filter((field) => !fields.includes(field))).toEqual([]);
  });

  it('describes the person fields that identify someone as personal data', () => {
    expect(TABLE_DESCRIPTIONS.people.personal).toEqual(
      expect.arrayContaining(['name', 'phone', 'email']),
    );
    expect(TABLE_DESCRIPTIONS.visits.personal).toContain('noteRevisions');
  });

  it('finds an append-only list by its own name only, never by an inherited property', () => {
    expect(appendOnlyList('visits', 'noteRevisions')).toBeDefined();
    expect(appendOnlyList('initiatives', 'feedbackLog')).toBeDefined();
    for (const field of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'title']) {
      expect(appendOnlyList('initiatives', field), field).toBeUndefined();
    }
  });
});
