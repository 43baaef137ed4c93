import { describe, expect, it } from 'vitest';
import { addDays, civilDateAt, isCivilDate, weekday } from '../../src/shared/dates/civil-date.ts';
import {
  DEFAULT_HOLIDAY_RULES,
  dutchPublicHolidays,
  easterSunday,
  kingsDay,
} from '../../src/shared/dates/dutch-holidays.ts';
import {
  DEFAULT_FEEDBACK_TERM,
  feedbackDeadline,
  feedbackState,
  type FeedbackTerm,
} from '../../src/shared/dates/feedback-deadline.ts';

const workingDays = (amount: number, holidays = DEFAULT_HOLIDAY_RULES): FeedbackTerm => ({
  unit: 'working-days',
  amount,
  holidays,
});

describe('civil dates', () => {
  it('recognises real dates only', () => {
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2025-02-29')).toBe(false);
    expect(isCivilDate('2025-13-01')).toBe(false);
    expect(isCivilDate('21-11-2025')).toBe(false);
  });

  it('takes the date in Amsterdam, not UTC', () => {
    expect(civilDateAt(new Date('2025-06-30T22:30:00Z'), 'Europe/Amsterdam')).toBe('2025-07-01');
    expect(civilDateAt(new Date('2025-12-31T22:59:00Z'), 'Europe/Amsterdam')).toBe('2025-12-31');
  });

  it('adds days across the change to summer time without losing one', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
  });
});

describe('Dutch public holidays', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('finds Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(weekday(date)).toBe(0);
  });

  it('moves Koningsdag to Saturday 26 April when the 27th is a Sunday', () => {
    expect(kingsDay(2014)).toBe('2014-04-26');
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(kingsDay(2026)).toBe('2026-04-27');
  });

  it('lists the holidays of 2026', () => {
    expect([...dutchPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('counts Bevrijdingsdag and Goede Vrijdag as the rules say', () => {
    expect(dutchPublicHolidays(2025).has('2025-05-05')).toBe(true); // lustrum year
    expect(dutchPublicHolidays(2026).has('2026-05-05')).toBe(false);
    expect(
      dutchPublicHolidays(2026, { goodFriday: false, liberationDay: 'every-year' }).has(
        '2026-05-05',
      ),
    ).toBe(true);
    expect(dutchPublicHolidays(2025).has('2025-04-18')).toBe(false);
    expect(
      dutchPublicHolidays(2025, { goodFriday: true, liberationDay: 'never' }).has('2025-04-18'),
    ).toBe(true);
  });
});

describe('feedbackDeadline', () => {
  it('is four calendar weeks after registration by default', () => {
    expect(DEFAULT_FEEDBACK_TERM).toEqual({ unit: 'weeks', amount: 4 });
    expect(feedbackDeadline('2025-11-21', DEFAULT_FEEDBACK_TERM)).toBe('2025-12-19');
    expect(feedbackDeadline('2025-03-20', DEFAULT_FEEDBACK_TERM)).toBe('2025-04-17');
  });

  it('skips weekends, Easter Monday and, if chosen, Good Friday', () => {
    expect(feedbackDeadline('2025-04-17', workingDays(5))).toBe('2025-04-25');
    expect(
      feedbackDeadline('2025-04-17', workingDays(5, { goodFriday: true, liberationDay: 'never' })),
    ).toBe('2025-04-28');
  });

  it('skips Christmas and New Year across the turn of the year', () => {
    expect(feedbackDeadline('2025-12-23', workingDays(3))).toBe('2025-12-30');
    expect(feedbackDeadline('2025-12-23', workingDays(5))).toBe('2026-01-02');
  });

  it('skips Ascension Day and Whit Monday', () => {
    expect(feedbackDeadline('2026-05-13', workingDays(2))).toBe('2026-05-18');
    expect(feedbackDeadline('2026-05-22', workingDays(1))).toBe('2026-05-26');
  });

  it('skips Koningsdag on a weekday, and Bevrijdingsdag only in lustrum years by default', () => {
    expect(feedbackDeadline('2026-04-24', workingDays(1))).toBe('2026-04-28');
    expect(feedbackDeadline('2025-05-02', workingDays(1))).toBe('2025-05-06');
    expect(feedbackDeadline('2026-05-04', workingDays(1))).toBe('2026-05-05');
  });

  it('counts 20 working days over a year boundary the same way every time', () => {
    // 2025-12-15 (Mon) + 20 working days, skipping 25, 26 Dec and 1 Jan.
    expect(feedbackDeadline('2025-12-15', workingDays(20))).toBe('2026-01-15');
  });

  it('refuses a term that is not a positive whole number', () => {
    expect(() => feedbackDeadline('2025-01-01', { unit: 'weeks', amount: 0 })).toThrow(RangeError);
    expect(() => feedbackDeadline('2025-01-01', workingDays(1.5))).toThrow(RangeError);
  });
});

describe('feedbackState', () => {
  const deadline = '2025-12-19';
  it('is met by a feedback entry on or before the deadline, whatever the status', () => {
    expect(feedbackState(deadline, '2025-12-19', '2026-02-01')).toBe('on-time');
    expect(feedbackState(deadline, '2025-12-20', '2026-02-01')).toBe('late');
  });
  it('is overdue after the deadline without feedback, due soon in the last week', () => {
    expect(feedbackState(deadline, undefined, '2025-12-20')).toBe('overdue');
    expect(feedbackState(deadline, undefined, '2025-12-12')).toBe('due-soon');
    expect(feedbackState(deadline, undefined, '2025-12-11')).toBe('waiting');
  });
});
