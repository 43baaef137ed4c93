import { describe, expect, it } from 'vitest';
import { overdueActions } from '../../../src/shared/reports/action-figures.ts';
import {
  kernenNotVisited,
  villageAssociationContacts,
} from '../../../src/shared/reports/contact-figures.ts';
import { median } from '../../../src/shared/reports/feedback-figures.ts';
import {
  municipalDayEnd,
  municipalDayOf,
  statusOn,
} from '../../../src/shared/reports/initiative-figures.ts';
import { computeOverview } from '../../../src/shared/reports/overview.ts';
import type { ReportFilter } from '../../../src/shared/reports/report-data.ts';
import { ANNA, BERT, CARLA, HOONHORST, Q2_2025, reportFixture } from './report-fixture.ts';

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe('the Overzicht of Q2 2025, worked out by hand', () => {
  const data = reportFixture();
  const overview = computeOverview(data, Q2_2025);

  it('counts visits (in person) and conversations (phone, e-mail) apart, deleted ones not', () => {
    // v1 bezoek, v3 pb-vergadering; v2 telefoon, v6 e-mail. v4/v8 before, v5 after, v7 deleted.
    expect(overview.contacts).toEqual({ visits: 2, conversations: 2 });
    expect(ids(overview.visits)).toEqual(['v1', 'v6', 'v2', 'v3']);
  });

  it('counts the organisations named in the quarter once each', () => {
    expect(ids(overview.organisationsReached)).toEqual(['o-pb-hoonhorst', 'o-club']);
  });

  it('gives the days since the last contact per Plaatselijk Belang on 30 June', () => {
    expect(
      overview.villageAssociations.map((row) => [
        row.organisation.id,
        row.lastContact,
        row.daysSince,
        row.flagged,
      ]),
    ).toEqual([
      // Never contacted (the visit of 5 July lies after the reference day).
      ['o-pb-welsum', null, null, true],
      // 15 March → 30 June: 16 + 30 + 31 + 30 = 107 days.
      ['o-pb-ankum', '2025-03-15', 107, true],
      // 20 May → 30 June: 11 + 30 = 41 days.
      ['o-pb-hoonhorst', '2025-05-20', 41, false],
    ]);
  });

  it('leaves out the dissolved PB dorp Dalfsen, and a deleted one', () => {
    const listed = ids(overview.villageAssociations.map((row) => row.organisation));
    expect(listed).not.toContain('o-pb-dalfsen');
    expect(listed).not.toContain('o-pb-gone');
  });

  it('flags only beyond the threshold: exactly the threshold is still in touch', () => {
    const at107 = villageAssociationContacts(data, { ...Q2_2025, contactThresholdDays: 107 });
    expect(at107.find((row) => row.organisation.id === 'o-pb-ankum')?.flagged).toBe(false);
    const at106 = villageAssociationContacts(data, { ...Q2_2025, contactThresholdDays: 106 });
    expect(at106.find((row) => row.organisation.id === 'o-pb-ankum')?.flagged).toBe(true);
  });

  it('lists a dissolved association while it still existed', () => {
    const in2022: ReportFilter = {
      period: { from: '2022-01-01', to: '2022-12-30' },
      kernId: null,
      today: '2025-07-15',
    };
    const rows = villageAssociationContacts(data, in2022);
    expect(ids(rows.map((row) => row.organisation))).toContain('o-pb-dalfsen');
  });

  it('lists the active kernen nobody visited in person (an e-mail is no visit)', () => {
    expect(ids(overview.kernenNotVisited)).toEqual(['kern-ankum', 'kern-welsum']);
    const onlyEmail = kernenNotVisited(
      { ...data, visits: data.visits.filter((visit) => visit.id !== 'v3') },
      Q2_2025,
    );
    expect(ids(onlyEmail)).toContain('kern-dalfsen');
  });

  it('counts initiatives per stage on 30 June, the paused one as paused', () => {
    const nonZero = Object.entries(overview.perStage).filter(([, count]) => count > 0);
    expect(Object.fromEntries(nonZero)).toEqual({
      ingediend: 1, // i6
      'in gesprek': 3, // i2 (moved on only in July), i4, i7
      'in behandeling': 2, // i3, i10
      ondersteund: 1, // i1
      afgerond: 1, // i9, closed within the quarter
      gepauzeerd: 1, // i5
    });
    // i8 was closed before the quarter; i11 is deleted.
    expect(ids(overview.initiatives.map((row) => row.initiative))).not.toContain('i8');
  });

  it('counts the new ideas and those nobody picked up (not the paused one)', () => {
    expect(ids(overview.newIdeas).sort()).toEqual(['i10', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7']);
    expect(ids(overview.nobodyPickedUp)).toEqual(['i6']);
  });

  it('keeps "answered late" and "not answered yet" apart', () => {
    expect(overview.feedback).toEqual({
      onTime: 4, // i2 (on the deadline day), i4 (Easter), i9, i10
      late: 1, // i3
      overdue: 2, // i5 (paused), i7 (answered only in July)
      pending: 1, // i6: its deadline is the reference day
      shareOnTime: 4 / 7,
      medianDaysToFirstFeedback: 28, // 5, 15, 28, 28, 32
    });
  });

  it('counts feedback on the deadline day as on time', () => {
    const row = overview.feedbackRows.find((r) => r.initiative.id === 'i2');
    expect(row?.initiative.feedbackDeadline).toBe('2025-04-30');
    expect(row?.outcome).toBe('on-time');
  });

  it('takes a working-day deadline across Easter from the deadline code', () => {
    const row = overview.feedbackRows.find((r) => r.initiative.id === 'i4');
    expect(row?.initiative.feedbackDeadline).toBe('2025-04-29');
    expect(row?.outcome).toBe('on-time');
    expect(row?.daysToFirstFeedback).toBe(15);
  });

  it('names who is responsible for an overdue answer', () => {
    const overdue = overview.feedbackRows.filter((row) => row.outcome === 'overdue');
    expect(overdue.map((row) => [row.initiative.id, row.responsibleIds])).toEqual([
      // Unassigned: the kern's connector should pick it up.
      ['i5', [ANNA]],
      // Hoonhorst is Bert's now, but the initiative is still Anna's.
      ['i7', [ANNA]],
    ]);
  });

  it('gives feedback per month of the deadline', () => {
    expect(
      overview.feedbackPerMonth.map(({ month, summary }) => [
        month,
        summary.onTime,
        summary.late,
        summary.overdue,
      ]),
    ).toEqual([
      ['2025-04', 3, 0, 0],
      ['2025-05', 1, 1, 1],
      ['2025-06', 0, 0, 1],
    ]);
  });

  it('lists overdue actions per connector, a kern change notwithstanding', () => {
    // x2 was done in time; x3 only after 30 June; x4 is due on 30 June; x6 is deleted.
    expect(ids(overview.overdueActions)).toEqual(['x5', 'x1', 'x3', 'x7']);
    expect([...overview.overduePerConnector].map(([who, actions]) => [who, ids(actions)])).toEqual([
      [ANNA, ['x5', 'x1', 'x7']],
      [BERT, ['x3']],
    ]);
    expect(overview.overduePerConnector.has(CARLA)).toBe(false);
  });

  it('sums the Noaberfonds per step in whole cents', () => {
    expect(
      overview.noaberfonds.map((step) => [
        step.step,
        step.count,
        step.askedCents,
        step.grantedCents,
      ]),
    ).toEqual([
      ['aanvraag', 1, 150_050, 0],
      ['verlening', 1, 250_000, 200_000],
      ['verantwoording', 1, 250_000, 200_000],
      ['vaststelling', 0, 0, 0],
      ['terugvordering', 0, 0, 0],
    ]);
  });

  it('shows no satisfaction without answers, and the answers of the period when there are', () => {
    expect(overview.satisfaction).toBeNull();
    const answered = computeOverview(
      {
        ...data,
        satisfaction: [
          { initiativeId: 'i9', score: 4, answeredOn: '2025-05-20' },
          { initiativeId: 'i1', score: 5, answeredOn: '2025-06-01' },
          { initiativeId: 'i9', score: 2, answeredOn: '2025-07-10' },
          { initiativeId: 'i1', score: 7, answeredOn: '2025-06-01' },
        ],
      },
      Q2_2025,
    );
    expect(answered.satisfaction).toEqual({ answers: 2, average: 4.5, perScore: [0, 0, 0, 1, 1] });
  });

  it('breaks the figures down per active kern', () => {
    expect(
      overview.perKern.map((row) => [
        row.kern.name,
        row.contacts.visits,
        row.contacts.conversations,
        row.organisationsReached,
        row.newIdeas,
        row.feedbackOverdue,
      ]),
    ).toEqual([
      ['Ankum', 0, 0, 0, 0, 0],
      ['Dalfsen', 1, 1, 1, 2, 1],
      ['Hoonhorst', 1, 1, 1, 4, 1],
      ['Welsum', 0, 0, 0, 1, 0],
    ]);
  });
});

describe('one kern whose connector changed in the quarter', () => {
  const overview = computeOverview(reportFixture(), { ...Q2_2025, kernId: HOONHORST });

  it("counts both connectors' records for the kern", () => {
    expect(overview.contacts).toEqual({ visits: 1, conversations: 1 });
    expect(overview.visits.map((visit) => visit.authorId)).toEqual([ANNA, BERT]);
  });

  it("keeps each one's overdue work with them", () => {
    expect([...overview.overduePerConnector.keys()]).toEqual([ANNA, BERT]);
    // The action that follows up nothing belongs to no kern.
    expect(ids(overdueActions(reportFixture(), { ...Q2_2025, kernId: HOONHORST }))).toEqual([
      'x1',
      'x3',
    ]);
  });

  it('gives the feedback of that kern only', () => {
    expect(overview.feedback).toMatchObject({ onTime: 2, late: 1, overdue: 1, pending: 0 });
    expect(overview.feedback.medianDaysToFirstFeedback).toBe(28);
    expect(ids(overview.villageAssociations.map((row) => row.organisation))).toEqual([
      'o-pb-hoonhorst',
    ]);
  });
});

describe('report helpers', () => {
  it('takes the median of an odd and an even count', () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('reads the municipal day of an instant around midnight, summer and winter', () => {
    expect(municipalDayOf(Date.parse('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(municipalDayOf(Date.parse('2025-06-30T21:30:00Z'))).toBe('2025-06-30');
    expect(municipalDayOf(Date.parse('2025-12-31T22:59:00Z'))).toBe('2025-12-31');
    expect(municipalDayOf(Date.parse('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
  });

  it('ends a municipal day at local midnight, summer and winter', () => {
    expect(municipalDayEnd('2025-06-30')).toBe(Date.parse('2025-06-30T22:00:00Z'));
    expect(municipalDayEnd('2025-12-31')).toBe(Date.parse('2025-12-31T23:00:00Z'));
    // The night summer time ends (26 October 2025) ends at 23:00 UTC.
    expect(municipalDayEnd('2025-10-25')).toBe(Date.parse('2025-10-25T22:00:00Z'));
    expect(municipalDayEnd('2025-10-26')).toBe(Date.parse('2025-10-26T23:00:00Z'));
  });

  it('reads the status on a day from the dated history', () => {
    const i2 = reportFixture().initiatives.find((i) => i.id === 'i2');
    if (!i2) throw new Error('fixture');
    expect(statusOn(i2, '2025-04-02')).toBe('ingediend');
    expect(statusOn(i2, '2025-06-30')).toBe('in gesprek');
    expect(statusOn(i2, '2025-07-03')).toBe('in behandeling');
  });
});
