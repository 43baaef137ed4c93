import { addDays, type CivilDate } from '../dates/civil-date.ts';
import { municipalToday } from '../dates/municipal-today.ts';
import {
  INITIATIVE_STATUSES,
  isFinal,
  type InitiativeStatus,
} from '../records/initiative-status.ts';
import { NOABERFONDS_STEPS } from '../records/initiative.ts';
import { dayBefore, inPeriod, referenceDay } from './period.ts';
import {
  inKern,
  live,
  type ReportData,
  type ReportFilter,
  type ReportInitiative,
} from './report-data.ts';

/**
 * The municipal day of an instant. Amsterdam is UTC+1 or UTC+2: when both give the same day
 * that is the answer, without the costly time-zone calendar (a report reads thousands).
 */
export function municipalDayOf(at: number): CivilDate {
  const winter = new Date(at + 3_600_000).toISOString().slice(0, 10);
  const summer = new Date(at + 7_200_000).toISOString().slice(0, 10);
  return winter === summer ? winter : municipalToday(at);
}

const dayEnds = new Map<CivilDate, number>();

/**
 * The first instant after `day` in the municipality: midnight local time, 22:00 or 23:00 UTC
 * the day before. Worked out once per day, so a report compares numbers, not dates.
 */
export function municipalDayEnd(day: CivilDate): number {
  let end = dayEnds.get(day);
  if (end === undefined) {
    const nextUtcMidnight = Date.parse(`${addDays(day, 1)}T00:00:00Z`);
    const summer = nextUtcMidnight - 7_200_000;
    end = municipalDayOf(summer) > day ? summer : nextUtcMidnight - 3_600_000;
    dayEnds.set(day, end);
  }
  return end;
}

/** Where an initiative stood at the end of `day`, by its dated status history. */
export function statusOn(initiative: ReportInitiative, day: CivilDate): InitiativeStatus {
  const history = initiative.statusHistory;
  const end = municipalDayEnd(day);
  let status = history[0]?.to ?? initiative.status;
  for (const change of history) {
    if (change.at < end) status = change.to;
  }
  return status;
}

/**
 * The initiatives a period is about: registered by its reference day and not yet closed
 * (a final status) before the period began. Each with its status on the reference day.
 */
export function initiativesOfPeriod(
  data: ReportData,
  filter: ReportFilter,
): { initiative: ReportInitiative; status: InitiativeStatus }[] {
  const day = referenceDay(filter.period, filter.today);
  const before = dayBefore(filter.period);
  return live(data.initiatives)
    .filter(
      (initiative) =>
        inKern(filter, initiative.kernId) &&
        initiative.registeredOn <= day &&
        !(initiative.registeredOn <= before && isFinal(statusOn(initiative, before))),
    )
    .map((initiative) => ({ initiative, status: statusOn(initiative, day) }));
}

/** How many of the period's initiatives stand in each status on its reference day. */
export function initiativesPerStage(
  period: readonly { status: InitiativeStatus }[],
): Record<InitiativeStatus, number> {
  const counts = Object.fromEntries(INITIATIVE_STATUSES.map((status) => [status, 0])) as Record<
    InitiativeStatus,
    number
  >;
  for (const { status } of period) counts[status] += 1;
  return counts;
}

/** Ideas residents brought in during the period: every initiative registered in it. */
export function newIdeas(data: ReportData, filter: ReportFilter): ReportInitiative[] {
  return live(data.initiatives).filter(
    (initiative) =>
      inKern(filter, initiative.kernId) && inPeriod(initiative.registeredOn, filter.period),
  );
}

/**
 * Open initiatives with no connector: waiting for someone to pick them up. A paused one is
 * not waiting (someone paused it on purpose), nor is a closed one.
 */
export function nobodyPickedUp(
  period: readonly { initiative: ReportInitiative; status: InitiativeStatus }[],
): ReportInitiative[] {
  return period
    .filter(
      ({ initiative, status }) =>
        initiative.assignedConnectorId === null && !isFinal(status) && status !== 'gepauzeerd',
    )
    .map(({ initiative }) => initiative);
}

export type NoaberfondsStep = (typeof NOABERFONDS_STEPS)[number];

export interface NoaberfondsStepFigure {
  step: NoaberfondsStep;
  /** Initiatives that took this step in the period. */
  count: number;
  askedCents: number;
  grantedCents: number;
  initiatives: ReportInitiative[];
}

/**
 * Noaberfonds per step: the initiatives that took the step in the period, with the amounts
 * asked and granted on those requests (whole cents, no rounding in the sums).
 */
export function noaberfondsPerStep(
  data: ReportData,
  filter: ReportFilter,
): NoaberfondsStepFigure[] {
  const withFund = live(data.initiatives).filter(
    (initiative) => initiative.noaberfonds && inKern(filter, initiative.kernId),
  );
  return NOABERFONDS_STEPS.map((step) => {
    const initiatives = withFund.filter((initiative) =>
      initiative.noaberfonds?.steps.some(
        (taken) => taken.step === step && inPeriod(taken.date, filter.period),
      ),
    );
    const sum = (pick: (i: ReportInitiative) => number | null | undefined) =>
      initiatives.reduce((total, initiative) => total + (pick(initiative) ?? 0), 0);
    return {
      step,
      count: initiatives.length,
      askedCents: sum((i) => i.noaberfonds?.amountAskedCents),
      grantedCents: sum((i) => i.noaberfonds?.amountGrantedCents),
      initiatives,
    };
  });
}

export interface SatisfactionFigure {
  answers: number;
  /** Mean score 1…5. */
  average: number;
  /** Answers per score, index 0 = score 1. */
  perScore: [number, number, number, number, number];
}

/**
 * Residents' satisfaction with finished initiatives: the answers given in the period for
 * initiatives of the filter's kern(en). Null when there are none (nothing to show).
 */
export function satisfaction(data: ReportData, filter: ReportFilter): SatisfactionFigure | null {
  const kernOf = new Map(data.initiatives.map((i) => [i.id, i.kernId]));
  const answers = (data.satisfaction ?? []).filter((answer) => {
    const kernId = kernOf.get(answer.initiativeId);
    return (
      kernId !== undefined &&
      inKern(filter, kernId) &&
      inPeriod(answer.answeredOn, filter.period) &&
      Number.isInteger(answer.score) &&
      answer.score >= 1 &&
      answer.score <= 5
    );
  });
  if (answers.length === 0) return null;
  const perScore: SatisfactionFigure['perScore'] = [0, 0, 0, 0, 0];
  for (const answer of answers) perScore[answer.score - 1] = (perScore[answer.score - 1] ?? 0) + 1;
  const total = answers.reduce((sum, answer) => sum + answer.score, 0);
  return { answers: answers.length, average: total / answers.length, perScore };
}
