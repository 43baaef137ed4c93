import { daysBetween, type CivilDate } from '../dates/civil-date.ts';
import { inPeriod, monthsOf, referenceDay } from './period.ts';
import {
  inKern,
  live,
  type ReportData,
  type ReportFilter,
  type ReportInitiative,
} from './report-data.ts';

/**
 * The feedback duty, on the reference day, for each initiative whose deadline falls in the
 * period:
 * - on-time: first feedback on or before the deadline (the deadline day itself is on time);
 * - late: first feedback after the deadline ("answered late");
 * - overdue: no feedback yet and the deadline has passed ("not answered yet");
 * - pending: no feedback yet, the deadline still to come.
 * Pausing an initiative does not stop the clock: the initiator is still owed an answer.
 */
export type FeedbackOutcome = 'on-time' | 'late' | 'overdue' | 'pending';

export interface FeedbackRow {
  initiative: ReportInitiative;
  outcome: FeedbackOutcome;
  /** The first feedback given on or before the reference day; null when none yet. */
  firstFeedbackOn: CivilDate | null;
  /** Days from registration to the first feedback; null when none yet. */
  daysToFirstFeedback: number | null;
  /** Who must give it: the assigned connector, else those working in the kern now. */
  responsibleIds: readonly string[];
}

export function firstFeedbackOn(
  initiative: Pick<ReportInitiative, 'feedbackLog'>,
  day: CivilDate,
): CivilDate | null {
  let first: CivilDate | null = null;
  for (const entry of initiative.feedbackLog) {
    if (entry.date <= day && (first === null || entry.date < first)) first = entry.date;
  }
  return first;
}

export function feedbackOutcome(
  deadline: CivilDate,
  first: CivilDate | null,
  day: CivilDate,
): FeedbackOutcome {
  if (first !== null) return first <= deadline ? 'on-time' : 'late';
  return day > deadline ? 'overdue' : 'pending';
}

export function feedbackRows(data: ReportData, filter: ReportFilter): FeedbackRow[] {
  const day = referenceDay(filter.period, filter.today);
  return live(data.initiatives)
    .filter(
      (initiative) =>
        inKern(filter, initiative.kernId) && inPeriod(initiative.feedbackDeadline, filter.period),
    )
    .map((initiative) => {
      const first = firstFeedbackOn(initiative, day);
      return {
        initiative,
        outcome: feedbackOutcome(initiative.feedbackDeadline, first, day),
        firstFeedbackOn: first,
        daysToFirstFeedback: first === null ? null : daysBetween(initiative.registeredOn, first),
        responsibleIds:
          initiative.assignedConnectorId !== null
            ? [initiative.assignedConnectorId]
            : (data.connectorsByKern?.get(initiative.kernId) ?? []),
      };
    })
    .sort((a, b) =>
      a.initiative.feedbackDeadline < b.initiative.feedbackDeadline
        ? -1
        : a.initiative.feedbackDeadline > b.initiative.feedbackDeadline
          ? 1
          : 0,
    );
}

export interface FeedbackSummary {
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  /** onTime / (onTime + late + overdue); null when no deadline has come yet. */
  shareOnTime: number | null;
  /** Median days from registration to the first feedback, of those answered; null: none. */
  medianDaysToFirstFeedback: number | null;
}

export function summariseFeedback(rows: readonly FeedbackRow[]): FeedbackSummary {
  const count = (outcome: FeedbackOutcome) => rows.filter((row) => row.outcome === outcome).length;
  const onTime = count('on-time');
  const late = count('late');
  const overdue = count('overdue');
  const due = onTime + late + overdue;
  return {
    onTime,
    late,
    overdue,
    pending: count('pending'),
    shareOnTime: due === 0 ? null : onTime / due,
    medianDaysToFirstFeedback: median(
      rows.flatMap((row) => (row.daysToFirstFeedback === null ? [] : [row.daysToFirstFeedback])),
    ),
  };
}

/** The middle value; the mean of the two middle ones for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Feedback outcomes per month of the deadline, for the chart "feedback on time". */
export function feedbackPerMonth(
  rows: readonly FeedbackRow[],
  filter: ReportFilter,
): { month: string; summary: FeedbackSummary }[] {
  return monthsOf(filter.period).map((month) => ({
    month,
    summary: summariseFeedback(
      rows.filter((row) => row.initiative.feedbackDeadline.startsWith(month)),
    ),
  }));
}
