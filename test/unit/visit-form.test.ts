import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import {
  lastVisitKern,
  matchAttendees,
  visitChoices,
} from '../../src/db/queries/visit-form-queries.ts';
import { knownTopics } from '../../src/db/queries/field-queries.ts';
import { createOrganisation } from '../../src/db/repositories/organisations.ts';
import { createPerson } from '../../src/db/repositories/people.ts';
import type { WriteContext } from '../../src/db/repositories/record-writer.ts';
import { saveNewVisit } from '../../src/db/repositories/visits.ts';
import { addMonths } from '../../src/shared/dates/civil-date.ts';
import { newId } from '../../src/shared/ids.ts';
import {
  dueDateOf,
  emptyVisitForm,
  followUpsToSave,
  restoreVisitForm,
  visitFormProblems,
  type VisitFormState,
} from '../../src/app/visits/visit-form-state.ts';

const TODAY = '2026-12-01';

describe('the new-visit form state', () => {
  const form = (changes: Partial<VisitFormState> = {}) => ({ ...emptyVisitForm('k'), ...changes });

  it('starts on today, channel bezoek, one empty follow-up due in a week', () => {
    const empty = form();
    expect(empty.date).toBe('');
    expect(empty.channel).toBe('bezoek');
    expect(empty.followUps).toEqual([{ what: '', due: 'week', dueDate: '' }]);
    expect(followUpsToSave(empty, TODAY)).toEqual([]);
  });

  it('turns the quick picks into dates counted from the day of the save', () => {
    const pick = (due: 'week' | 'twoWeeks' | 'month') =>
      dueDateOf({ what: 'x', due, dueDate: '' }, TODAY);
    expect(pick('week')).toBe('2026-12-08');
    expect(pick('twoWeeks')).toBe('2026-12-15');
    expect(pick('month')).toBe('2027-01-01');
    expect(dueDateOf({ what: 'x', due: 'date', dueDate: '2027-03-04' }, TODAY)).toBe('2027-03-04');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('says what is missing before saving: something recorded, no future date, a real due date', () => {
    expect(visitFormProblems(form(), TODAY)).toEqual([{ path: 'notes', reason: 'visit-empty' }]);
    expect(visitFormProblems(form({ notes: 'Gesprek' }), TODAY)).toEqual([]);
    expect(visitFormProblems(form({ organisationIds: ['o'] }), TODAY)).toEqual([]);
    expect(visitFormProblems(form({ newPeople: [{ name: 'Piet' }] }), TODAY)).toEqual([]);
    expect(visitFormProblems(form({ notes: 'x', date: '2026-12-02' }), TODAY)).toEqual([
      { path: 'date', reason: 'in-the-future' },
    ]);
    expect(visitFormProblems(form({ notes: 'x', date: TODAY }), TODAY)).toEqual([]);
    expect(
      visitFormProblems(
        form({ notes: 'x', followUps: [{ what: 'Bellen', due: 'date', dueDate: '' }] }),
        TODAY,
      ),
    ).toEqual([{ path: 'followUps.0.dueDate', reason: 'invalid-date' }]);
  });

  it('reads a draft of the earlier form: follow-ups with a date keep it, none gets one row', () => {
    const old = { ...form(), followUps: [{ what: 'Bellen', dueDate: '2026-12-10' }] };
    expect(restoreVisitForm(old as unknown as VisitFormState).followUps).toEqual([
      { what: 'Bellen', due: 'date', dueDate: '2026-12-10' },
    ]);
    expect(restoreVisitForm({ ...form(), followUps: [] }).followUps).toHaveLength(1);
  });
});

describe('"Wie was er?" choices', () => {
  const KERN = newId();
  const OTHER_KERN = newId();
  const USER = newId();
  let db: NoaberDatabase;
  let clock = 1_796_100_000_000; // 1 December 2026, morning
  const context: WriteContext = { userId: USER, now: () => (clock += 1000) };

  beforeEach(async () => {
    db = new NoaberDatabase(`test-${newId()}`);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  const organisation = (name: string, kernId = KERN) =>
    createOrganisation(
      db,
      {
        name,
        kindId: newId(),
        kernIds: [kernId],
        address: '',
        email: '',
        phone: '',
        website: '',
        status: 'actief',
        endDate: null,
        notes: '',
      },
      context,
    );
  const person = (
    name: string,
    memberships: {
      organisationId: string;
      role: 'voorzitter' | 'secretaris' | 'lid';
      endDate?: string;
    }[] = [],
  ) =>
    createPerson(
      db,
      {
        name,
        kernId: KERN,
        phone: '',
        email: '',
        dataBasis: 'contactpersoon',
        memberships: memberships.map((m) => ({
          organisationId: m.organisationId,
          role: m.role,
          startDate: null,
          endDate: m.endDate ?? null,
        })),
      },
      context,
    );

  it('offers recent and frequent ones first, the kern organisations after, and the current board', async () => {
    const pb = await organisation('Plaatselijk Belang Hoonhorst');
    const ijsclub = await organisation('IJsclub');
    await organisation('Elders', OTHER_KERN);
    const secretary = await person('Jan ter Haar', [{ organisationId: pb.id, role: 'secretaris' }]);
    const chair = await person('Hendrika Mulder', [{ organisationId: pb.id, role: 'voorzitter' }]);
    await person('Oud Bestuur', [
      { organisationId: pb.id, role: 'voorzitter', endDate: '2025-06-30' },
    ]);
    await person('Gewoon Lid', [{ organisationId: pb.id, role: 'lid' }]);
    const visit = (personIds: string[]) =>
      saveNewVisit(
        db,
        { date: '2026-11-30', kernId: KERN, channel: 'bezoek', personIds, notes: '' },
        [],
        context,
      );
    await visit([secretary.id]);
    await visit([secretary.id]);

    const choices = await visitChoices(db, KERN, USER, '2026-12-01');
    expect(choices.chips.map((chip) => chip.name)).toEqual([
      'Jan ter Haar',
      'IJsclub',
      'Plaatselijk Belang Hoonhorst',
    ]);
    expect(choices.boards[pb.id]?.map((member) => member.personId)).toEqual([
      chair.id,
      secretary.id,
    ]);
    expect(choices.boards[ijsclub.id]).toBeUndefined();
    expect(matchAttendees(choices.attendees, 'belang hoon').map((a) => a.id)).toEqual([pb.id]);
    expect(matchAttendees(choices.attendees, 'ter haar').map((a) => a.id)).toEqual([secretary.id]);
    expect(matchAttendees(choices.attendees, '  ')).toEqual([]);
    expect(await lastVisitKern(db, USER)).toBe(KERN);
    await saveNewVisit(
      db,
      { date: '2026-11-30', kernId: KERN, channel: 'bezoek', topics: ['schouw'], notes: 'x' },
      [],
      context,
    );
    expect(await knownTopics(db, USER)).toEqual(['schouw']);
    expect(await knownTopics(db, newId())).toEqual([]);
    expect(await lastVisitKern(db, newId())).toBeUndefined();
  });
});
