import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { isFiltered, listInitiatives } from '../../src/db/queries/initiative-queries.ts';
import {
  changeInitiativeStatus,
  registerInitiative,
} from '../../src/db/repositories/initiatives.ts';
import type { WriteContext } from '../../src/db/repositories/record-writer.ts';
import { DEFAULT_FEEDBACK_TERM } from '../../src/shared/dates/feedback-deadline.ts';
import { newId } from '../../src/shared/ids.ts';

const KERN = newId();
const USER = newId();
const TODAY = '2025-12-01';
let db: NoaberDatabase;
let clock = 1_763_700_000_000;
const context: WriteContext = { userId: USER, now: () => (clock += 1000) };

beforeEach(async () => {
  db = new NoaberDatabase(`list-${newId()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const register = (title: string, assignedConnectorId: string | null) =>
  registerInitiative(
    db,
    {
      title,
      kernId: KERN,
      type: 'initiatief',
      initiatorPersonId: null,
      assignedConnectorId,
      registeredOn: '2025-11-21',
    },
    DEFAULT_FEEDBACK_TERM,
    context,
  );

describe('the initiatives nobody picked up', () => {
  it('are the open ones without a connector; a closed one waits for nobody', async () => {
    await register('Met verbinder', USER);
    await register('Zonder verbinder', null);
    const withdrawn = await register('Ingetrokken zonder verbinder', null);
    await changeInitiativeStatus(db, withdrawn.id, 'ingetrokken', 'Toch niet', context);

    const nobody = await listInitiatives(db, { nobody: true }, TODAY);
    expect(nobody.map((initiative) => initiative.title)).toEqual(['Zonder verbinder']);
    expect(await listInitiatives(db, {}, TODAY)).toHaveLength(3);
  });

  it('an empty list under a filter is not "no initiatives yet"', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ nobody: undefined })).toBe(false);
    expect(isFiltered({ nobody: true })).toBe(true);
    expect(isFiltered({ kernId: KERN })).toBe(true);
  });
});
