import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { colleagueNames, storeColleagues } from '../../src/db/colleague-cache.ts';
import { recordNames } from '../../src/db/queries/record-names.ts';
import { createPerson } from '../../src/db/repositories/people.ts';
import { saveNewVisit } from '../../src/db/repositories/visits.ts';
import {
  idsIn,
  recordPhrase,
  shown,
  typedFields,
  type ValueWords,
} from '../../src/app/sync/shown-value.ts';
import { newId } from '../../src/shared/ids.ts';

const KERN = newId();
const ORGANISATION = newId();
const ME = newId();
const BERT = newId();

const words: ValueWords = {
  empty: '(leeg)',
  yes: 'ja',
  no: 'nee',
  colleague: 'een collega',
  me: { id: ME, name: 'Anna Visser' },
  users: new Map([[BERT, 'Bert Smit']]),
  kernen: new Map([[KERN, 'Hoonhorst']]),
  records: new Map([
    [ORGANISATION, { table: 'organisations', name: 'Dorpsbelang Hoonhorst' }],
    ['visit-1', { table: 'visits', name: '2026-03-03' }],
  ]),
  date: (civil) => (civil === '2026-03-03' ? '3 maart 2026' : `datum ${civil}`),
  visit: (date) => `bezoek op ${date}`,
  code: (value) => (value === 'in gesprek' ? 'In gesprek' : undefined),
};

describe('a conflicting value as a person reads it', () => {
  it('names a kern or a record on the device instead of showing its id, also in a list', () => {
    expect(shown(KERN, 'kernId', words)).toBe('Hoonhorst');
    expect(shown([KERN, ORGANISATION, 'onbekend-id'], 'kernIds', words)).toBe(
      'Hoonhorst, Dorpsbelang Hoonhorst, onbekend-id',
    );
    expect(shown('visit-1', 'visitId', words)).toBe('bezoek op 3 maart 2026');
  });

  it('names the signed-in user and known colleagues, and any other user as a colleague', () => {
    expect(shown(ME, 'assigneeId', words)).toBe('Anna Visser');
    expect(shown(BERT, 'assignedConnectorId', words)).toBe('Bert Smit');
    expect(shown(newId(), 'assigneeId', words)).toBe('een collega');
    expect(shown(newId(), 'assignedConnectorId', words)).toBe('een collega');
  });

  it('shows text as typed, yes or no, dates written out, and nothing as empty', () => {
    expect(shown('0529 111111', 'phone', words)).toBe('0529 111111');
    expect(shown('', 'phone', words)).toBe('(leeg)');
    expect(shown(null, 'dueDate', words)).toBe('(leeg)');
    expect(shown(true, 'done', words)).toBe('ja');
    expect(shown(false, 'needsPermit', words)).toBe('nee');
    expect(shown('2026-03-03', 'dueDate', words)).toBe('3 maart 2026');
    expect(shown(1500, 'amount', words)).toBe('1500');
    expect(shown('in gesprek', 'status', words)).toBe('In gesprek');
  });

  it('shows a list entry by its filled-in values, named the same way', () => {
    const membership = {
      organisationId: ORGANISATION,
      role: 'voorzitter',
      startDate: '2026-03-03',
      endDate: null,
    };
    expect(shown([membership], 'memberships', words)).toBe(
      'Dorpsbelang Hoonhorst – voorzitter – 3 maart 2026',
    );
    expect(idsIn([membership])).toEqual([ORGANISATION, 'voorzitter', '2026-03-03']);
  });

  it('shows the fields of a refused change as typed, without the bookkeeping', () => {
    const change = { id: 'x', updatedAt: 1, status: 'in gesprek', statusHistory: [] };
    expect(typedFields('initiatives', change, undefined)).toEqual([
      ['status', 'in gesprek'],
      ['statusHistory', []],
    ]);
    expect(typedFields('initiatives', null, undefined)).toEqual([]);
    const entry = { from: 'ingediend', to: 'in gesprek', at: 1795459567288, by: ME, reason: '' };
    expect(shown([entry], 'statusHistory', words)).toBe('ingediend – In gesprek');
  });

  it('shows of a list that only grows just the entries the record on the device lacks', () => {
    const kept = { id: 'n1', text: 'Eerste versie', createdAt: 1, authorId: ME };
    const refused = { id: 'n2', text: 'Aanvulling', createdAt: 2, authorId: ME };
    const change = { noteRevisions: [kept, refused], topics: ['speeltuin'] };
    expect(typedFields('visits', change, { noteRevisions: [kept], topics: [] })).toEqual([
      ['noteRevisions', [refused]],
      ['topics', ['speeltuin']],
    ]);
    // Without the record on the device, all of it.
    expect(typedFields('visits', change, undefined)[0]).toEqual(['noteRevisions', [kept, refused]]);
  });

  it('names the record a conflict is about, or only its kind when the device lacks it', () => {
    expect(recordPhrase('organisatie', ORGANISATION, words)).toBe(
      'organisatie “Dorpsbelang Hoonhorst”',
    );
    expect(recordPhrase('bezoek', 'visit-1', words)).toBe('bezoek op 3 maart 2026');
    expect(recordPhrase('persoon', newId(), words)).toBe('persoon');
  });
});

describe('recordNames', () => {
  it("finds the device's records among ids of any kind, and leaves out the rest", async () => {
    const db = new NoaberDatabase(`names-${newId()}`);
    await db.open();
    try {
      const context = { userId: ME, now: () => Date.now() };
      const person = await createPerson(
        db,
        { name: 'Henk Smit', kernId: KERN, dataBasis: 'contactpersoon' },
        context,
      );
      const { visit } = await saveNewVisit(
        db,
        { date: '2026-03-03', kernId: KERN, channel: 'bezoek', notes: 'Koffie.' },
        [],
        context,
      );
      const names = await recordNames(db, [person.id, visit.id, KERN, 'geen-id', person.id]);
      expect(names).toEqual(
        new Map([
          [person.id, { table: 'people', name: 'Henk Smit' }],
          [visit.id, { table: 'visits', name: '2026-03-03' }],
        ]),
      );
      expect(await recordNames(db, [])).toEqual(new Map());
    } finally {
      db.close();
      await db.delete();
    }
  });
});

describe('the colleague names on the device', () => {
  it('keeps the last list the server sent, by user id, and is empty before the first', async () => {
    const db = new NoaberDatabase(`colleagues-${newId()}`);
    await db.open();
    try {
      expect(await colleagueNames(db)).toEqual(new Map());
      await storeColleagues(db, [{ id: BERT, displayName: 'Bert Smit', kernIds: [] }]);
      await storeColleagues(db, [
        { id: BERT, displayName: 'Bert Smit-de Vries', kernIds: [] },
        { id: ME, displayName: 'Anna Visser', kernIds: [] },
      ]);
      expect(await colleagueNames(db)).toEqual(
        new Map([
          [BERT, 'Bert Smit-de Vries'],
          [ME, 'Anna Visser'],
        ]),
      );
    } finally {
      db.close();
      await db.delete();
    }
  });
});
