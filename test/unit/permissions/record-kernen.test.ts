import { describe, expect, it } from 'vitest';
import { recordKernen } from '../../../src/shared/permissions/record-kernen.ts';
import { A, B, facts } from './fixtures.ts';

describe('the kernen a record belongs to', () => {
  it('are an organisation’s kernen, or the one kern of a person, visit or initiative', () => {
    expect(recordKernen('organisations', { kernIds: [A, B] }, facts.kernOf)).toEqual([A, B]);
    expect(recordKernen('organisations', { kernIds: 'kern-a' }, facts.kernOf)).toEqual([]);
    for (const table of ['people', 'visits', 'initiatives'] as const) {
      expect(recordKernen(table, { kernId: A }, facts.kernOf)).toEqual([A]);
      expect(recordKernen(table, { kernId: 7 }, facts.kernOf)).toEqual([]);
      expect(recordKernen(table, {}, facts.kernOf)).toEqual([]);
    }
  });

  it('are, for an action, the kernen of the visit and initiative it follows up', () => {
    const asked: string[] = [];
    const kernOf = (table: 'visits' | 'initiatives', id: string) => {
      asked.push(`${table}/${id}`);
      return facts.kernOf(table, id);
    };
    const action = { visitId: 'visit-in-a', initiativeId: 'initiative-in-b' };
    expect(recordKernen('actions', action, kernOf)).toEqual([A, B]);
    expect(asked).toEqual(['visits/visit-in-a', 'initiatives/initiative-in-b']);
    expect(recordKernen('actions', { visitId: 'unknown' }, kernOf)).toEqual([]);
    expect(recordKernen('actions', { visitId: null, initiativeId: null }, kernOf)).toEqual([]);
  });

  it('are none for a conflict: it belongs to the people concerned', () => {
    expect(recordKernen('conflicts', { kernId: A, kernIds: [A] }, facts.kernOf)).toEqual([]);
  });
});
