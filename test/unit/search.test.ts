import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { searchEverything } from '../../src/db/queries/search-queries.ts';
import {
  createOrganisation,
  deleteOrganisation,
  updateOrganisation,
} from '../../src/db/repositories/organisations.ts';
import { createPerson, deletePerson, updatePerson } from '../../src/db/repositories/people.ts';
import { compactSearchLog } from '../../src/db/search-log.ts';
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

  it('folds compatibility characters (NFKD): the ĳ ligature, the ﬁ ligature, full-width letters', () => {
    expect(normalizeForSearch('Ĳsclub')).toBe('ijsclub');
    expect(normalizeForSearch('ĳs')).toBe('ijs');
    expect(normalizeForSearch('ﬁets')).toBe('fiets');
    expect(wordsOf('Ĳsclub ﬁets Ｄalfsen')).toEqual(['ijsclub', 'fiets', 'dalfsen']);
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

  it('finds the same after the search log is written afresh, and only then compacts', async () => {
    const people = [];
    for (let i = 0; i < 12; i += 1) {
      people.push(
        await createPerson(
          db,
          { name: `Persoon ${i} Bakker`, kernId: KERN, dataBasis: 'contactpersoon' },
          context,
        ),
      );
    }
    // Renames and a removal leave replaced entries behind in the log.
    for (const person of people.slice(0, 6)) {
      await updatePerson(
        db,
        person.id,
        { name: `${person.name.split(' Bakker')[0]} Smid` },
        context,
      );
    }
    await deletePerson(db, people[11]!.id, context);
    const before = {
      bakker: (await searchEverything(db, 'bakker'))?.people.total,
      smid: (await searchEverything(db, 'smid'))?.people.total,
    };
    expect(before).toEqual({ bakker: 5, smid: 6 });
    const rows = await db.searchLog.count();
    expect(await compactSearchLog(db, rows)).toBe(false);
    expect(await compactSearchLog(db, 3)).toBe(true);
    expect(await db.searchLog.count()).toBe(1);
    expect((await db.searchLog.toArray())[0]?.entries).toHaveLength(11);
    expect({
      bakker: (await searchEverything(db, 'bakker'))?.people.total,
      smid: (await searchEverything(db, 'smid'))?.people.total,
    }).toEqual(before);
  });
});
