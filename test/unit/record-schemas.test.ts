import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids.ts';
import { FIELD_REASONS, fieldReason } from '../../src/shared/records/fields.ts';
import { ActionInputSchema } from '../../src/shared/records/action.ts';
import { InitiativeInputSchema } from '../../src/shared/records/initiative.ts';
import { OrganisationInputSchema } from '../../src/shared/records/organisation.ts';
import { PersonInputSchema } from '../../src/shared/records/person.ts';
import { currentNotes, VisitInputSchema } from '../../src/shared/records/visit.ts';

const KERN = newId();
const KIND = newId();

/** The first problem valibot reports, as "path: message" — what a form shows by a field. */
function problem(schema: v.GenericSchema, input: unknown): string | undefined {
  const result = v.safeParse(schema, input);
  if (result.success) return undefined;
  const [issue] = result.issues;
  return `${issue.path?.map((p) => String(p.key)).join('.') ?? ''}: ${issue.message}`;
}

describe('newId', () => {
  it('makes UUID v7 ids that sort by creation time and never repeat', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => newId(1_700_000_000_000 + i));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('validation messages', () => {
  it('are language-neutral reason codes, so each language can say them in its own words', () => {
    expect(fieldReason('required')).toBe('required');
    // valibot's own (English) messages are never shown: they count as `invalid`.
    expect(fieldReason('Invalid type: Expected string but received 1')).toBe('invalid');
    const result = v.safeParse(OrganisationInputSchema, {
      name: 'x'.repeat(201),
      kindId: 'geen-id',
      kernIds: [],
      status: 'opgeheven',
      endDate: null,
      website: 'geen adres',
    });
    expect(result.success).toBe(false);
    const reasons = (result.issues ?? []).map((issue) => issue.message);
    expect(reasons).toEqual([
      'too-long',
      'invalid-id',
      'needs-kern',
      'invalid-website',
      'end-date-status',
    ]);
    expect(result.issues?.[0].requirement).toBe(200);
    for (const reason of reasons) expect(FIELD_REASONS).toContain(reason);
  });
});

describe('organisation', () => {
  const pb = {
    name: 'Plaatselijk Belang Hoonhorst',
    kindId: KIND,
    kernIds: [KERN],
    status: 'actief',
    endDate: null,
  };

  it('accepts a Plaatselijk Belang and trims its name', () => {
    expect(v.parse(OrganisationInputSchema, { ...pb, name: '  PB Hoonhorst ' }).name).toBe(
      'PB Hoonhorst',
    );
  });

  it('keeps a dissolved association with its end date, and only then', () => {
    expect(
      problem(OrganisationInputSchema, { ...pb, status: 'opgeheven', endDate: '2022-12-31' }),
    ).toBeUndefined();
    expect(problem(OrganisationInputSchema, { ...pb, status: 'opgeheven', endDate: null })).toBe(
      'endDate: end-date-status',
    );
    expect(problem(OrganisationInputSchema, { ...pb, endDate: '2022-12-31' })).toBe(
      'endDate: end-date-status',
    );
  });

  it('names the field that is wrong', () => {
    expect(problem(OrganisationInputSchema, { ...pb, name: '  ' })).toBe('name: required');
    expect(problem(OrganisationInputSchema, { ...pb, kernIds: [] })).toBe('kernIds: needs-kern');
    expect(problem(OrganisationInputSchema, { ...pb, email: 'pb@' })).toBe('email: invalid-email');
    expect(problem(OrganisationInputSchema, { ...pb, phone: 'bel me' })).toBe(
      'phone: invalid-phone',
    );
    expect(
      problem(OrganisationInputSchema, { ...pb, endDate: '2022-02-30', status: 'opgeheven' }),
    ).toBe('endDate: invalid-date');
    expect(problem(OrganisationInputSchema, { ...pb, secret: 1 })).toMatch(/^secret: /);
  });
});

describe('person', () => {
  const person = { name: 'Jan Jansen', kernId: KERN, dataBasis: 'contactpersoon vereniging' };

  it('needs a basis for keeping personal data', () => {
    expect(problem(PersonInputSchema, person)).toBeUndefined();
    expect(problem(PersonInputSchema, { ...person, dataBasis: '' })).toBe('dataBasis: required');
  });

  it('keeps board roles with dates in order', () => {
    const membership = {
      organisationId: newId(),
      role: 'voorzitter',
      startDate: '2020-01-01',
      endDate: '2024-06-30',
    };
    expect(problem(PersonInputSchema, { ...person, memberships: [membership] })).toBeUndefined();
    expect(
      problem(PersonInputSchema, {
        ...person,
        memberships: [{ ...membership, endDate: '2019-12-31' }],
      }),
    ).toBe('memberships.0.endDate: end-before-start');
    expect(
      problem(PersonInputSchema, { ...person, memberships: [{ ...membership, role: 'koning' }] }),
    ).toMatch(/^memberships\.0\.role: /);
  });
});

describe('visit', () => {
  const visit = {
    date: '2025-11-21',
    kernId: KERN,
    channel: 'bezoek',
    notes: 'Gesprek over de speeltuin.',
  };

  it('accepts a visit and stores topics trimmed in lower case', () => {
    expect(v.parse(VisitInputSchema, { ...visit, topics: [' Speeltuin '] }).topics).toEqual([
      'speeltuin',
    ]);
  });

  it('refuses an unknown channel and a date that does not exist', () => {
    expect(problem(VisitInputSchema, { ...visit, channel: 'duif' })).toMatch(/^channel: /);
    expect(problem(VisitInputSchema, { ...visit, date: '2025-11-31' })).toMatch(/^date: /);
  });

  it('shows the latest revision of the notes', () => {
    const by = newId();
    expect(
      currentNotes({
        noteRevisions: [
          { id: newId(), text: 'eerst', createdAt: 1, authorId: by },
          { id: newId(), text: 'daarna', createdAt: 2, authorId: by },
        ],
      }),
    ).toBe('daarna');
  });
});

describe('initiative and action', () => {
  it('accepts an uitdaagrecht initiative with Noaberfonds amounts in cents', () => {
    const input = {
      title: 'Groenonderhoud door de buurt',
      kernId: KERN,
      type: 'uitdaagrecht',
      challengedTask: 'maaien van de bermen',
      initiatorPersonId: null,
      assignedConnectorId: null,
      registeredOn: '2025-11-21',
      support: ['noaberfonds'],
      noaberfonds: {
        steps: [{ step: 'aanvraag', date: '2025-11-21' }],
        amountAskedCents: 250_000,
        amountGrantedCents: null,
      },
    };
    expect(problem(InitiativeInputSchema, input)).toBeUndefined();
    expect(
      problem(InitiativeInputSchema, {
        ...input,
        noaberfonds: { ...input.noaberfonds, amountAskedCents: 12.5 },
      }),
    ).toBe('noaberfonds.amountAskedCents: invalid-amount');
  });

  it('accepts a follow-up action and refuses one without what or when', () => {
    const action = {
      what: 'Offerte speeltoestel opvragen',
      assigneeId: newId(),
      dueDate: '2025-12-01',
    };
    expect(v.parse(ActionInputSchema, action)).toMatchObject({
      done: false,
      doneOn: null,
      visitId: null,
    });
    expect(problem(ActionInputSchema, { ...action, what: '' })).toBe('what: required');
    expect(problem(ActionInputSchema, { ...action, dueDate: 'morgen' })).toMatch(/^dueDate: /);
  });
});
