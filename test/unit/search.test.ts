import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { searchEverything } from '../../src/db/queries/search-queries.ts';
import {
  createOrganisation,
  deleteOrganisation,
  updateOrganisation,
} from '../../src/db/repositories/organisations.ts';
import { createPerson } from '../../src/db/repositories/people.ts';
import type { WriteContext } from '../../src/db/repositories/record-writer.ts';
import { saveNewVisit } from '../../src/db/repositories/visits.ts';
import { newId } from '../../src/shared/ids.ts';
import { normalizeForSearch, wordsOf } from '../../src/shared/search-text.ts';

const KERN = newId();
const context: WriteContext = { userId: newId(), now: () => Date.now() };
let db: NoaberDatabase;

beforeEach(async () => {
  db = new NoaberDatabase(`search-${newId()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('search text', () => {
  it('ignores case and accents', () => {
    expect(normalizeForSearch('Café Één ÜBER')).toBe('cafe een uber');
    expect(wordsOf('  Café-Hout   speeltuin, café ')).toEqual(['cafe', 'hout', 'speeltuin']);
  });
});

describe('searchEverything', () => {
  it('finds records of every kind, accent-insensitive, grouped, and skips deleted ones', async () => {
    await createOrganisation(
      db,
      { name: 'Café De Kroon', kindId: newId(), kernIds: [KERN], status: 'actief', endDate: null },
      context,
    );
    await createPerson(
      db,
      { name: 'Anneke Café-Hout', kernId: KERN, dataBasis: 'contactpersoon' },
      context,
    );
    await saveNewVisit(
      db,
      {
        date: '2025-11-21',
        kernId: KERN,
        channel: 'bezoek',
        notes: 'Overleg in het café over de kermis.',
      },
      [
        {
          what: 'Cafébaas bellen over de kermis',
          assigneeId: context.userId,
          dueDate: '2025-12-01',
        },
      ],
      context,
    );

    const results = await searchEverything(db, 'cafe');
    expect(results?.organisations.shown.map((o) => o.name)).toEqual(['Café De Kroon']);
    expect(results?.people.total).toBe(1);
    expect(results?.visits.total).toBe(1);
    expect(results?.actions.total).toBe(1);

    const both = await searchEverything(db, 'KERMIS café');
    expect(both?.visits.total).toBe(1);
    expect(both?.organisations.total).toBe(0);
    expect((await searchEverything(db, 'kroo'))?.organisations.total).toBe(1); // a word's start
    expect(await searchEverything(db, '   ')).toBeUndefined();

    // A tombstoned record leaves the index; an edited one is found by its new words.
    const organisation = (await searchEverything(db, 'kroon'))?.organisations.shown[0];
    await updateOrganisation(db, organisation!.id, { name: 'Café De Zwaan' }, context);
    expect((await searchEverything(db, 'kroon'))?.organisations.total).toBe(0);
    expect((await searchEverything(db, 'zwaan'))?.organisations.total).toBe(1);
    await deleteOrganisation(db, organisation!.id, context);
    expect((await searchEverything(db, 'zwaan'))?.organisations.total).toBe(0);
  });
});
