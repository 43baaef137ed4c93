import { describe, expect, it } from 'vitest';
import { isInTheFuture } from '../../src/shared/dates/not-in-future.ts';

/** Dates that happened (a visit, an idea received): today or earlier in the municipality. */
describe('a date in the future, by the municipality’s calendar', () => {
  it('is any day after today there', () => {
    const noon = Date.UTC(2026, 10, 30, 12);
    expect(isInTheFuture('2026-11-29', noon)).toBe(false);
    expect(isInTheFuture('2026-11-30', noon)).toBe(false);
    expect(isInTheFuture('2026-12-01', noon)).toBe(true);
  });

  it('follows Dalfsen past midnight while UTC still has the day before', () => {
    // 23:30 UTC is 00:30 in Dalfsen in winter (UTC+1), 22:30 UTC is 00:30 in summer (UTC+2).
    const winter = Date.UTC(2026, 10, 30, 23, 30);
    expect(isInTheFuture('2026-12-01', winter)).toBe(false);
    expect(isInTheFuture('2026-12-02', winter)).toBe(true);
    const summer = Date.UTC(2026, 5, 30, 22, 30);
    expect(isInTheFuture('2026-07-01', summer)).toBe(false);
    expect(isInTheFuture('2026-07-02', summer)).toBe(true);
    // Just before midnight in Dalfsen, tomorrow is still to come.
    const lateEvening = Date.UTC(2026, 10, 30, 22, 50);
    expect(isInTheFuture('2026-12-01', lateEvening)).toBe(true);
  });
});
