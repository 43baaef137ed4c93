import { describe, expect, it } from 'vitest';
import {
  attributedCreate,
  attributedEntries,
} from '../../../src/server/sync-service/attribution.ts';
import { registeredInitiative } from '../../../src/server/sync-service/initiative-registration.ts';
import { Rejected } from '../../../src/server/sync-service/rejected.ts';
import { isFixedField } from '../../../src/shared/permissions/server-fields.ts';

const NOW = Date.UTC(2026, 10, 30, 12);
const EARLIER = NOW - 86_400_000;
const FOUR_WEEKS = () => ({ unit: 'weeks' as const, amount: 4 });
const ID = '019aa4b6-48e8-7d57-af55-3e6445b107b5';

/** The server sets who and when; whatever the device wrote there is not trusted. */
describe('attribution is the server’s', () => {
  it('sets a new record’s creation time and author from the session', () => {
    const sent = { id: 'v', createdAt: 1, authorId: 'mallory', date: '2026-11-20' };
    expect(attributedCreate('visits', sent, 'anna', NOW)).toEqual({
      ...sent,
      createdAt: NOW,
      authorId: 'anna',
    });
    const initiative = attributedCreate('initiatives', { registeredById: 'x' }, 'anna', NOW);
    expect(initiative).toEqual({ registeredById: 'anna', createdAt: NOW });
    expect(attributedCreate('people', { name: 'Jan' }, 'anna', NOW)).toEqual({
      name: 'Jan',
      createdAt: NOW,
    });
  });

  it('sets who and when of every entry a change adds, and leaves the stored ones', () => {
    const old = { id: 'r1', text: 'eerst', createdAt: 5, authorId: 'bert' };
    const added = { id: 'r2', text: 'daarna', createdAt: 1, authorId: 'mallory' };
    const patch = attributedEntries(
      'visits',
      { noteRevisions: [old] },
      { noteRevisions: [old, added], channel: 'telefoon' },
      'anna',
      NOW,
    );
    expect(patch).toEqual({
      noteRevisions: [old, { ...added, createdAt: NOW, authorId: 'anna' }],
      channel: 'telefoon',
    });
  });

  it('sets who gave feedback, and keeps the day the initiator was told', () => {
    const entry = { id: 'f1', date: '2026-11-02', by: 'mallory', summary: 'Gebeld' };
    const patch = attributedEntries(
      'initiatives',
      undefined,
      { feedbackLog: [entry] },
      'anna',
      NOW,
    );
    expect(patch).toEqual({ feedbackLog: [{ ...entry, by: 'anna' }] });
  });

  it('dates a status change by the server’s clock; one from an older app keeps its time', () => {
    const step = { id: ID, from: 'ingediend', to: 'in gesprek', at: NOW + 9e6, by: 'mallory' };
    const legacy = { from: 'ingediend', to: 'in gesprek', at: EARLIER, by: 'anna' };
    const late = { ...legacy, at: NOW + 9e6 };
    const patch = attributedEntries(
      'initiatives',
      { statusHistory: [] },
      { statusHistory: [step, legacy, late] },
      'anna',
      NOW,
    );
    expect(patch['statusHistory']).toEqual([
      { ...step, at: NOW, by: 'anna' },
      legacy,
      { ...late, at: NOW },
    ]);
  });

  it('dates every other new entry by the server’s clock, with an id or without', () => {
    const revision = { text: 'zonder id', createdAt: EARLIER, authorId: 'anna' };
    const patch = attributedEntries('visits', undefined, { noteRevisions: [revision] }, 'a', NOW);
    expect(patch['noteRevisions']).toEqual([{ ...revision, createdAt: NOW, authorId: 'a' }]);
    const noTime = { from: 'ingediend', to: 'in gesprek', at: 'gisteren', by: 'anna' };
    const steps = attributedEntries(
      'initiatives',
      undefined,
      { statusHistory: [noTime] },
      'a',
      NOW,
    );
    expect(steps['statusHistory']).toEqual([{ ...noTime, at: NOW, by: 'a' }]);
  });

  it('leaves tables without lists, and fields that are not lists, as sent', () => {
    expect(attributedEntries('people', undefined, { name: 'x' }, 'anna', NOW)).toEqual({
      name: 'x',
    });
    expect(attributedEntries('visits', undefined, { noteRevisions: 'tekst' }, 'anna', NOW)).toEqual(
      { noteRevisions: 'tekst' },
    );
  });

  it('fixes id, creation time, author, registration date and deadline after creation', () => {
    expect(isFixedField('people', 'id')).toBe(true);
    expect(isFixedField('people', 'createdAt')).toBe(true);
    expect(isFixedField('people', 'name')).toBe(false);
    expect(isFixedField('visits', 'authorId')).toBe(true);
    expect(isFixedField('people', 'authorId')).toBe(false);
    expect(isFixedField('initiatives', 'registeredOn')).toBe(true);
    expect(isFixedField('initiatives', 'feedbackDeadline')).toBe(true);
    expect(isFixedField('visits', 'registeredOn')).toBe(false);
  });

  it("leaves the resident's messages, photos and satisfaction to the server (issue 16)", () => {
    for (const field of ['residentMessages', 'residentPhotoIds', 'residentSatisfaction']) {
      expect(isFixedField('initiatives', field)).toBe(true);
    }
    expect(isFixedField('initiatives', 'feedbackLog')).toBe(false);
  });
});

describe('a registered initiative', () => {
  const sent = (registeredOn: string, statusHistory: unknown[]) => ({
    status: 'afgerond',
    registeredOn,
    feedbackDeadline: '2099-01-01',
    statusHistory,
  });

  it('starts at ingediend with the server’s entry, keeping the device’s id for it', () => {
    const first = { id: ID, from: 'in gesprek', to: 'afgerond', at: NOW, by: 'anna', reason: 'x' };
    const initiative = registeredInitiative(sent('2026-11-02', [first]), 'anna', NOW, FOUR_WEEKS);
    expect(initiative).toMatchObject({
      status: 'ingediend',
      statusHistory: [{ id: ID, from: null, to: 'ingediend', at: NOW, by: 'anna', reason: '' }],
      feedbackDeadline: '2026-11-30',
    });
  });

  it("starts without the resident's fields, whatever the device sent", () => {
    const forged = {
      ...sent('2026-11-02', []),
      residentSatisfaction: { score: 5, comment: '', answeredOn: '2026-11-02' },
      residentMessages: [{ id: ID, at: NOW, text: 'Top!' }],
    };
    expect(registeredInitiative(forged, 'anna', NOW, FOUR_WEEKS)).toMatchObject({
      residentSatisfaction: null,
      residentMessages: [],
      residentPhotoIds: [],
    });
  });

  it('runs further steps sent along through the status machine', () => {
    const first = { id: ID, from: null, to: 'ingediend', at: NOW, by: 'anna' };
    const talk = { from: 'ingediend', to: 'in gesprek', at: NOW, by: 'anna', reason: '' };
    const ok = registeredInitiative(sent('2026-11-02', [first, talk]), 'anna', NOW, FOUR_WEEKS);
    expect(ok['status']).toBe('in gesprek');
    expect(ok['statusHistory']).toHaveLength(2);
    const jump = { ...talk, to: 'afgerond' };
    expect(() =>
      registeredInitiative(sent('2026-11-02', [first, jump]), 'anna', NOW, FOUR_WEEKS),
    ).toThrow(Rejected);
  });

  it('starts from the server’s own entry when the device sent none it can read', () => {
    const odd = registeredInitiative(sent('2026-11-02', ['x', 7]), 'anna', NOW, FOUR_WEEKS);
    expect(odd['statusHistory']).toEqual([
      { from: null, to: 'ingediend', at: NOW, by: 'anna', reason: '' },
    ]);
    const timeless = { id: ID, from: null, to: 'ingediend', at: 'nu', by: 'anna' };
    const started = registeredInitiative(sent('2026-11-02', [timeless]), 'anna', NOW, FOUR_WEEKS);
    expect(started['statusHistory']).toEqual([
      { id: ID, from: null, to: 'ingediend', at: NOW, by: 'anna', reason: '' },
    ]);
  });

  it('leaves a registration date that is no date to the schema, with no deadline of its own', () => {
    for (const registeredOn of ['gisteren', 20261102]) {
      const data = { ...sent('x', []), registeredOn };
      const registered = registeredInitiative(data, 'anna', NOW, FOUR_WEEKS);
      expect(registered).toMatchObject({ status: 'ingediend', feedbackDeadline: '2099-01-01' });
    }
  });

  it('may be registered as received earlier, never later than today', () => {
    expect(() => registeredInitiative(sent('2026-12-01', []), 'anna', NOW, FOUR_WEEKS)).toThrow(
      expect.objectContaining({ reason: 'invalid', detail: 'registeredOn: in-the-future' }),
    );
    const today = registeredInitiative(sent('2026-11-30', []), 'anna', NOW, FOUR_WEEKS);
    expect(today['feedbackDeadline']).toBe('2026-12-28');
    expect(today['statusHistory']).toEqual([
      { from: null, to: 'ingediend', at: NOW, by: 'anna', reason: '' },
    ]);
  });
});
