import { describe, expect, it } from 'vitest';
import {
  inPeriod,
  monthsOf,
  periodHolding,
  referenceDay,
} from '../../../src/shared/reports/period.ts';

describe('report periods', () => {
  it('finds the month, quarter and year holding a day', () => {
    expect(periodHolding('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodHolding('quarter', '2025-05-17')).toEqual({
      from: '2025-04-01',
      to: '2025-06-30',
    });
    expect(periodHolding('quarter', '2025-12-31')).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    });
    expect(periodHolding('year', '2025-05-17')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('includes both ends', () => {
    const q = { from: '2025-04-01', to: '2025-06-30' };
    expect(inPeriod('2025-04-01', q)).toBe(true);
    expect(inPeriod('2025-06-30', q)).toBe(true);
    expect(inPeriod('2025-03-31', q)).toBe(false);
    expect(inPeriod('2025-07-01', q)).toBe(false);
  });

  it('takes snapshots on the last day, or today while the period runs', () => {
    const q = { from: '2025-04-01', to: '2025-06-30' };
    expect(referenceDay(q, '2025-07-15')).toBe('2025-06-30');
    expect(referenceDay(q, '2025-05-02')).toBe('2025-05-02');
  });

  it('lists the months of a period across a year end', () => {
    expect(monthsOf({ from: '2024-11-15', to: '2025-02-01' })).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });
});
