import { addDays, isWeekend, yearOf, type CivilDate } from './civil-date.ts';
import { dutchPublicHolidays, type HolidayRules } from './dutch-holidays.ts';

/**
 * The term within which an initiative-taker hears back (terugkoppeling). Configurable per
 * municipality; the council proposal in Dalfsen named four weeks.
 */
export type FeedbackTerm =
  | { unit: 'weeks'; amount: number }
  | { unit: 'working-days'; amount: number; holidays: HolidayRules };

export const DEFAULT_FEEDBACK_TERM: FeedbackTerm = { unit: 'weeks', amount: 4 };

/**
 * The last day on which feedback is on time, counted from the day of registration (day 0).
 * Working days skip Saturdays, Sundays and the Dutch public holidays the rules include.
 */
export function feedbackDeadline(registeredOn: CivilDate, term: FeedbackTerm): CivilDate {
  if (!Number.isInteger(term.amount) || term.amount < 1) {
    throw new RangeError('a feedback term is a whole number of at least 1');
  }
  if (term.unit === 'weeks') return addDays(registeredOn, term.amount * 7);

  const holidaysByYear = new Map<number, Set<CivilDate>>();
  const isHoliday = (date: CivilDate) => {
    const year = yearOf(date);
    let holidays = holidaysByYear.get(year);
    if (!holidays) {
      holidays = dutchPublicHolidays(year, term.holidays);
      holidaysByYear.set(year, holidays);
    }
    return holidays.has(date);
  };
  let date = registeredOn;
  let counted = 0;
  while (counted < term.amount) {
    date = addDays(date, 1);
    if (!isWeekend(date) && !isHoliday(date)) counted += 1;
  }
  return date;
}

export { DUE_SOON_DAYS, feedbackState, type FeedbackState } from './feedback-state.ts';
