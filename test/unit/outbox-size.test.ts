import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { RecordValidationError } from '../../src/db/repositories/record-errors.ts';
import type { WriteContext } from '../../src/db/repositories/record-writer.ts';
import { reviseVisitNotes, saveNewVisit } from '../../src/db/repositories/visits.ts';
import { nextOutboxBatch } from '../../src/db/sync-state.ts';
import { newId } from '../../src/shared/ids.ts';
import {
  jsonBytes,
  MAX_BODY_BYTES,
  MAX_MUTATION_BYTES,
  MAX_PUSH_BYTES,
  takeBatch,
} from '../../src/shared/sync-protocol/push-size.ts';

/** 20 000 UTF-16 code units (the notes' maximum): 'ë', 'é' 2 bytes, '€' 3, the emoji 4. */
const LONGEST_NOTE = 'ëé€😀'.repeat(4_000);

const KERN = newId();
const USER = newId();
let db: NoaberDatabase;
let clock = 1_763_700_000_000;
const context: WriteContext = { userId: USER, now: () => (clock += 1000) };
const visit = (notes: string) =>
  saveNewVisit(db, { date: '2025-11-21', kernId: KERN, channel: 'bezoek', notes }, [], context);

beforeEach(async () => {
  db = new NoaberDatabase(`test-${newId()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('push sizes are counted in UTF-8 bytes of JSON', () => {
  it('counts accented letters as 2 bytes, the euro sign 3, an emoji 4', () => {
    expect(LONGEST_NOTE.length).toBe(20_000);
    expect(jsonBytes('é')).toBe(2 + 2);
    expect(jsonBytes('€')).toBe(3 + 2);
    expect(jsonBytes('😀')).toBe(4 + 2);
    expect(jsonBytes(LONGEST_NOTE)).toBe(11 * 4_000 + 2);
    expect(MAX_PUSH_BYTES).toBeLessThan(MAX_MUTATION_BYTES);
    expect(MAX_MUTATION_BYTES).toBeLessThan(MAX_BODY_BYTES);
  });

  it('closes a batch before the item that would cross the byte cap, never an empty one', () => {
    const items = ['é'.repeat(40), '😀'.repeat(20), 'a'.repeat(80), 'b'];
    // Each of the first three is 82 bytes as JSON; with brackets and commas 2 + 82 + 1 + 82.
    expect(takeBatch(items, 10, 2 + 82 + 1 + 82).length).toBe(2);
    expect(takeBatch(items, 10, 2 + 82 + 1 + 81).length).toBe(1);
    expect(takeBatch(items, 10, 10).length).toBe(1);
    expect(takeBatch(items, 3, 10_000).length).toBe(3);
    expect(takeBatch([], 3, 10).length).toBe(0);
  });
});

describe('the outbox is sent in batches capped by bytes as well as count', () => {
  it('puts as many longest notes in a batch as fit under MAX_PUSH_BYTES, in order, numbered', async () => {
    for (let i = 0; i < 12; i += 1) await visit(LONGEST_NOTE);
    const first = await nextOutboxBatch(db, 500);
    const size = jsonBytes(first);
    expect(size).toBeLessThanOrEqual(MAX_PUSH_BYTES);
    // Not far under it either: one more note would not have fit.
    expect(size + jsonBytes(first[0])).toBeGreaterThan(MAX_PUSH_BYTES);
    expect(first.map((mutation) => mutation.id)).toEqual(first.map((_m, index) => index + 1));
    expect(first.length).toBeLessThan(12);
    // A retry sends the same; the count cap still holds.
    expect((await nextOutboxBatch(db, 500)).map((m) => m.id)).toEqual(first.map((m) => m.id));
    expect((await nextOutboxBatch(db, 2)).length).toBe(2);
    // A cap smaller than one change still sends that change, alone.
    expect((await nextOutboxBatch(db, 500, 100)).length).toBe(1);
  });
});

describe('a change too large to send is refused when it is saved', () => {
  it('refuses the revision that would make the notes unsendable, and keeps what was stored', async () => {
    const { visit: saved } = await visit(LONGEST_NOTE);
    // Each revision of 20 000 '€' is 60 kB: at most about 16 fit in one push.
    const heavy = '€'.repeat(20_000);
    let revisions = 1;
    let refusal: unknown;
    for (; revisions < 40; revisions += 1) {
      try {
        await reviseVisitNotes(db, saved.id, heavy, context);
      } catch (error) {
        refusal = error;
        break;
      }
    }
    expect(refusal).toBeInstanceOf(RecordValidationError);
    expect((refusal as RecordValidationError).problems).toEqual([
      { path: 'notes', reason: 'too-large' },
    ]);
    expect(revisions).toBeGreaterThan(10);
    // Nothing of the refused save is stored: the record and its outbox stay as they were.
    const stored = await db.visits.get(saved.id);
    expect(stored?.noteRevisions.length).toBe(revisions);
    expect(await db.outbox.count()).toBe(revisions);
    // Every change that did enter the outbox fits in one push.
    for (const entry of await db.outbox.toArray()) {
      expect(jsonBytes(entry)).toBeLessThan(MAX_MUTATION_BYTES);
    }
  });
});
