import { addDays, civilDate, type CivilDate } from '../dates/civil-date.ts';

/**
 * A reporting period: whole civil days, both ends included. The figures of a period are
 * what happened from `from` to `to`; a snapshot figure (days since the last contact, what is
 * overdue) is taken on the period's reference day (see referenceDay).
 */
export interface Period {
  from: CivilDate;
  to: CivilDate;
}

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The month, quarter or year that holds `day`. */
export function periodHolding(kind: PeriodKind, day: CivilDate): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const firstMonth = kind === 'year' ? 1 : kind === 'quarter' ? month - ((month - 1) % 3) : month;
  const months = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  const from = civilDate(year, firstMonth, 1);
  // Day 0 of the month after is the last day of the period's last month.
  const to = civilDate(year, firstMonth + months, 0);
  return { from, to };
}

export function inPeriod(day: CivilDate, period: Period): boolean {
  return day >= period.from && day <= period.to;
}

/**
 * The day a snapshot figure is taken: the period's last day, or today when the period has
 * not ended yet (nothing can be overdue on a day that has not come).
 */
export function referenceDay(period: Period, today: CivilDate): CivilDate {
  return period.to < today ? period.to : today;
}

/** The months a period touches, as "2025-11", in order (for the month charts). */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

/** The day before a period: where "before the period" ends. */
export const dayBefore = (period: Period): CivilDate => addDays(period.from, -1);
