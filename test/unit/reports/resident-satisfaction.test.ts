import { describe, expect, it } from 'vitest';
import { satisfactionAnswers } from '../../../src/shared/reports/resident-satisfaction.ts';

describe("residents' satisfaction for the reports (issue 16)", () => {
  it('takes the answer of every answered initiative that still exists', () => {
    const answer = { score: 4, comment: 'Fijn contact', answeredOn: '2026-06-01' };
    expect(
      satisfactionAnswers([
        { id: 'a', deleted: false, residentSatisfaction: answer },
        { id: 'b', deleted: false, residentSatisfaction: null },
        { id: 'c', deleted: false },
        { id: 'd', deleted: true, residentSatisfaction: answer },
      ]),
    ).toEqual([{ initiativeId: 'a', score: 4, answeredOn: '2026-06-01' }]);
  });
});
