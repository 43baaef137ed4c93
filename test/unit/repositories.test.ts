import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { markAsSyncTransaction } from '../../src/db/outbox-middleware.ts';
import { completeAction } from '../../src/db/repositories/actions.ts';
import {
  addFeedback,
  changeInitiativeStatus,
  registerInitiative,
  updateInitiative,
} from '../../src/db/repositories/initiatives.ts';
import {
  createOrganisation,
  deleteOrganisation,
  updateOrganisation,
} from '../../src/db/repositories/organisations.ts';
import { createPerson, updatePerson } from '../../src/db/repositories/people.ts';
import { RecordRuleError, RecordValidationError } from '../../src/db/repositories/record-errors.ts';
import type { WriteContext } from '../../src/db/repositories/record-writer.ts';
import { reviseVisitNotes, saveNewVisit } from '../../src/db/repositories/visits.ts';
import { DEFAULT_FEEDBACK_TERM } from '../../src/shared/dates/feedback-deadline.ts';
import { newId } from '../../src/shared/ids.ts';
import { changedFields } from '../../src/shared/records/changes.ts';
import { currentNotes } from '../../src/shared/records/visit.ts';

const KERN = newId();
const KIND = newId();
const USER = newId();

let db: NoaberDatabase;
let clock = 1_763_700_000_000;
const context: WriteContext = { userId: USER, now: () => (clock += 1000) };

beforeEach(async () => {
  db = new NoaberDatabase(`test-${newId()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const organisationInput = {
  name: 'Plaatselijk Belang Hoonhorst',
  kindId: KIND,
  kernIds: [KERN],
  status: 'actief' as const,
  endDate: null,
};
const visitInput = {
  date: '2025-11-21',
  kernId: KERN,
  channel: 'bezoek' as const,
  notes: 'Over de speeltuin.',
};

describe('repositories write the record and its outbox entry together', () => {
  it('gives every write exactly one outbox entry, in order, with a field-level patch', async () => {
    const organisation = await createOrganisation(db, organisationInput, context);
    await updateOrganisation(db, organisation.id, { phone: '0529 123456' }, context);
    await deleteOrganisation(db, organisation.id, context);

    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((entry) => [entry.table, entry.recordId, entry.kind])).toEqual([
      ['organisations', organisation.id, 'create'],
      ['organisations', organisation.id, 'patch'],
      ['organisations', organisation.id, 'patch'],
    ]);
    expect(Object.keys(outbox[1]?.patch ?? {}).sort()).toEqual(['phone', 'updatedAt']);
    expect(outbox[1]?.patch['phone']).toBe('0529 123456');
    expect(Object.keys(outbox[2]?.patch ?? {}).sort()).toEqual(['deleted', 'updatedAt']);
    expect(outbox[2]?.patch['deleted']).toBe(true);
    expect((await db.organisations.get(organisation.id))?.deleted).toBe(true);
  });

  it('writes neither record nor outbox entry when the transaction aborts halfway', async () => {
    await expect(
      db.transaction('rw', db.organisations, async () => {
        await createOrganisation(db, organisationInput, context);
        throw new Error('the battery died');
      }),
    ).rejects.toThrow('the battery died');
    expect(await db.organisations.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an invalid record with a typed error and writes nothing', async () => {
    const error = await createOrganisation(
      db,
      { ...organisationInput, name: ' ', kernIds: [] },
      context,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).problems.map((p) => p.path)).toEqual([
      'name',
      'kernIds',
    ]);
    expect(await db.organisations.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an update that would make the record invalid, and keeps the old one', async () => {
    const organisation = await createOrganisation(db, organisationInput, context);
    await expect(
      updateOrganisation(db, organisation.id, { status: 'opgeheven' }, context),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect((await db.organisations.get(organisation.id))?.status).toBe('actief');
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses hard deletes: deletes are tombstones', async () => {
    const person = await createPerson(
      db,
      { name: 'Jan', kernId: KERN, dataBasis: 'contactpersoon' },
      context,
    );
    await expect(db.people.delete(person.id)).rejects.toThrow(/never deleted/);
    expect(await db.people.count()).toBe(1);
  });

  it('writes what the sync engine stores without outbox entries', async () => {
    await db.transaction('rw', db.people, async (tx) => {
      markAsSyncTransaction(tx.idbtrans);
      await db.people.put({
        id: newId(),
        name: 'Van de server',
        kernId: KERN,
        phone: '',
        email: '',
        memberships: [],
        dataBasis: 'contactpersoon',
        createdAt: 1,
        updatedAt: 1,
        deleted: false,
      });
    });
    expect(await db.people.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('visits', () => {
  it('saves a visit with its follow-up actions in one transaction', async () => {
    const { visit, actions } = await saveNewVisit(
      db,
      visitInput,
      [{ what: 'Offerte opvragen', assigneeId: USER, dueDate: '2025-12-01' }],
      context,
    );
    expect(actions[0]?.visitId).toBe(visit.id);
    expect(await db.visits.count()).toBe(1);
    expect(await db.actions.count()).toBe(1);
    expect((await db.outbox.toArray()).map((e) => e.table).sort()).toEqual(['actions', 'visits']);
  });

  it('refuses the whole save when one follow-up is invalid', async () => {
    await expect(
      saveNewVisit(
        db,
        visitInput,
        [{ what: '', assigneeId: USER, dueDate: '2025-12-01' }],
        context,
      ),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect(await db.visits.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps every revision of the notes', async () => {
    const { visit } = await saveNewVisit(db, visitInput, [], context);
    const revised = await reviseVisitNotes(
      db,
      visit.id,
      'Over de speeltuin en de bankjes.',
      context,
    );
    expect(revised.noteRevisions.map((r) => r.text)).toEqual([
      'Over de speeltuin.',
      'Over de speeltuin en de bankjes.',
    ]);
    expect(currentNotes(revised)).toBe('Over de speeltuin en de bankjes.');
  });

  it('refuses, in words and before writing, a visit dated after today or holding nothing', async () => {
    const refused = async (input: typeof visitInput, people: { name: string }[] = []) => {
      const error = await saveNewVisit(
        db,
        input,
        [],
        context,
        people.map((person) => ({ ...person, kernId: KERN, dataBasis: 'lid' })),
      ).catch((caught: unknown) => caught);
      return error instanceof RecordValidationError ? error.problems : error;
    };
    // The clock of this test stands in November 2025.
    expect(await refused({ ...visitInput, date: '2025-12-31' })).toEqual([
      { path: 'date', reason: 'in-the-future' },
    ]);
    expect(await refused({ ...visitInput, notes: '   ' })).toEqual([
      { path: 'notes', reason: 'visit-empty' },
    ]);
    expect(await db.visits.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    // A person met there is enough, even one added on the spot.
    const { visit } = await saveNewVisit(db, { ...visitInput, notes: '' }, [], context, [
      { name: 'Jan', kernId: KERN, dataBasis: 'lid' },
    ]);
    expect(visit.personIds).toHaveLength(1);
  });
});

describe('initiatives', () => {
  const input = {
    title: 'Speeltuin bij de school',
    kernId: KERN,
    type: 'initiatief' as const,
    initiatorPersonId: null,
    assignedConnectorId: USER,
    registeredOn: '2025-11-21',
  };

  it('refuses a registration date after today, in words, and writes nothing', async () => {
    const error = await registerInitiative(
      db,
      { ...input, registeredOn: '2026-01-05' },
      DEFAULT_FEEDBACK_TERM,
      context,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).problems).toEqual([
      { path: 'registeredOn', reason: 'in-the-future' },
    ]);
    expect(await db.initiatives.count()).toBe(0);
  });

  it('registers as ingediend with the feedback deadline four weeks on', async () => {
    const initiative = await registerInitiative(db, input, DEFAULT_FEEDBACK_TERM, context);
    expect(initiative).toMatchObject({
      status: 'ingediend',
      feedbackDeadline: '2025-12-19',
      registeredById: USER,
    });
    expect(initiative.statusHistory).toHaveLength(1);
    expect(initiative.statusHistory[0]).toMatchObject({
      from: null,
      to: 'ingediend',
      by: USER,
      reason: '',
    });
  });

  it('moves through the status machine, dated and attributed, and refuses illegal steps', async () => {
    const { id } = await registerInitiative(db, input, DEFAULT_FEEDBACK_TERM, context);
    await changeInitiativeStatus(db, id, 'in gesprek', '', context);
    await expect(changeInitiativeStatus(db, id, 'afgerond', '', context)).rejects.toEqual(
      new RecordRuleError('not-allowed'),
    );
    await expect(changeInitiativeStatus(db, id, 'niet ondersteund', '', context)).rejects.toEqual(
      new RecordRuleError('reason-required'),
    );
    await changeInitiativeStatus(db, id, 'gepauzeerd', '', context);
    await expect(changeInitiativeStatus(db, id, 'ondersteund', '', context)).rejects.toBeInstanceOf(
      RecordRuleError,
    );
    const resumed = await changeInitiativeStatus(db, id, 'in gesprek', '', context);
    expect(resumed.statusHistory.map((c) => c.to)).toEqual([
      'ingediend',
      'in gesprek',
      'gepauzeerd',
      'in gesprek',
    ]);
    expect(new Set(resumed.statusHistory.map((c) => c.at)).size).toBe(4);
  });

  it('logs feedback to the initiator', async () => {
    const { id } = await registerInitiative(db, input, DEFAULT_FEEDBACK_TERM, context);
    const updated = await addFeedback(
      db,
      id,
      { date: '2025-11-28', channel: 'telefoon', summary: 'Gebeld: we komen langs.' },
      context,
    );
    expect(updated.feedbackLog).toHaveLength(1);
    expect(updated.feedbackLog[0]).toMatchObject({ by: USER, channel: 'telefoon' });
  });
});

describe('actions', () => {
  it('completes an action with the date', async () => {
    const { actions } = await saveNewVisit(
      db,
      visitInput,
      [{ what: 'Bellen', assigneeId: USER, dueDate: '2025-12-01' }],
      context,
    );
    const done = await completeAction(db, actions[0]!.id, '2025-11-30', context);
    expect(done).toMatchObject({ done: true, doneOn: '2025-11-30' });
  });
});

describe('edits write only what changed, as one field-level outbox patch', () => {
  const patches = async () =>
    (await db.outbox.orderBy('seq').toArray()).filter((entry) => entry.kind === 'patch');

  it('dissolves an organisation: status and end date in one patch, nothing else', async () => {
    const organisation = await createOrganisation(
      db,
      { ...organisationInput, phone: '0529 123456' },
      context,
    );
    const edited = {
      ...organisationInput,
      phone: '0529 123456',
      status: 'opgeheven' as const,
      endDate: '2022-12-31',
    };
    // The form sends the whole form; the repository writes the two fields that changed.
    const dissolved = await updateOrganisation(db, organisation.id, edited, context);
    expect(dissolved).toMatchObject({ status: 'opgeheven', endDate: '2022-12-31' });
    const [patch, ...more] = await patches();
    expect(more).toEqual([]);
    expect(Object.keys(patch?.patch ?? {}).sort()).toEqual(['endDate', 'status', 'updatedAt']);
    expect(await db.organisations.get(organisation.id)).toMatchObject({
      status: 'opgeheven',
      endDate: '2022-12-31',
      phone: '0529 123456',
      updatedAt: dissolved.updatedAt,
    });
  });

  it('writes nothing for an edit that changes nothing, also after trimming', async () => {
    const organisation = await createOrganisation(db, organisationInput, context);
    const same = await updateOrganisation(
      db,
      organisation.id,
      { name: `  ${organisationInput.name} `, status: 'actief' },
      context,
    );
    expect(same.updatedAt).toBe(organisation.updatedAt);
    expect(await patches()).toEqual([]);
  });

  it('ends a role and adds another in one patch of the memberships', async () => {
    const pb = newId();
    const person = await createPerson(
      db,
      {
        name: 'Hendrika Mulder',
        kernId: KERN,
        phone: '',
        dataBasis: 'contactpersoon vereniging',
        memberships: [{ organisationId: pb, role: 'voorzitter', startDate: null, endDate: null }],
      },
      context,
    );
    const memberships = [
      { organisationId: pb, role: 'voorzitter' as const, startDate: null, endDate: '2025-06-30' },
      { organisationId: pb, role: 'lid' as const, startDate: '2025-07-01', endDate: null },
    ];
    const changes = changedFields(
      { name: person.name, phone: person.phone, memberships: person.memberships },
      { name: person.name, phone: '06 12345678', memberships },
    );
    expect(Object.keys(changes).sort()).toEqual(['memberships', 'phone']);
    const updated = await updatePerson(db, person.id, changes, context);
    expect(updated.memberships).toEqual(memberships);
    const [patch, ...more] = await patches();
    expect(more).toEqual([]);
    expect(Object.keys(patch?.patch ?? {}).sort()).toEqual(['memberships', 'phone', 'updatedAt']);
  });

  it('refuses an invalid edit with reasons per field and writes nothing', async () => {
    const person = await createPerson(
      db,
      { name: 'Jan', kernId: KERN, dataBasis: 'contactpersoon' },
      context,
    );
    const error = await updatePerson(
      db,
      person.id,
      {
        name: ' ',
        email: 'jan@',
        memberships: [
          { organisationId: newId(), role: 'lid', startDate: '2025-01-01', endDate: '2024-01-01' },
        ],
      },
      context,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).problems).toEqual([
      { path: 'name', reason: 'required' },
      { path: 'email', reason: 'invalid-email' },
      { path: 'memberships.0.endDate', reason: 'end-before-start' },
    ]);
    expect(await db.people.get(person.id)).toEqual(person);
    expect(await patches()).toEqual([]);
  });

  it('edits an initiative, Noaberfonds amounts in cents, without touching its status', async () => {
    const initiative = await registerInitiative(
      db,
      {
        title: 'Speeltuin bij de school',
        kernId: KERN,
        type: 'initiatief',
        initiatorPersonId: null,
        assignedConnectorId: USER,
        registeredOn: '2025-11-21',
      },
      DEFAULT_FEEDBACK_TERM,
      context,
    );
    const updated = await updateInitiative(
      db,
      initiative.id,
      {
        support: ['noaberfonds'],
        noaberfonds: {
          steps: [{ step: 'aanvraag', date: '2025-11-25' }],
          amountAskedCents: 250_050,
          amountGrantedCents: null,
        },
        needsPermit: true,
      },
      context,
    );
    expect(updated).toMatchObject({ status: 'ingediend', needsPermit: true });
    expect(updated.noaberfonds?.amountAskedCents).toBe(250_050);
    const [patch] = await patches();
    expect(Object.keys(patch?.patch ?? {}).sort()).toEqual([
      'needsPermit',
      'noaberfonds',
      'support',
      'updatedAt',
    ]);
    await expect(
      updateInitiative(db, initiative.id, { title: 'x'.repeat(201) }, context),
    ).rejects.toMatchObject({ problems: [{ path: 'title', reason: 'too-long', limit: 200 }] });
    expect(await patches()).toHaveLength(1);
  });
});
