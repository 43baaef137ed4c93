import type { InitiativeStatus } from '../records/initiative-status.ts';
import { overdueActions, overduePerConnector } from './action-figures.ts';
import {
  contactsPerMonthPerKern,
  countContacts,
  kernenNotVisited,
  kernenOf,
  organisationsReached,
  villageAssociationContacts,
  visitsInPeriod,
  type ContactCount,
  type VillageAssociationContact,
} from './contact-figures.ts';
import {
  feedbackPerMonth,
  feedbackRows,
  summariseFeedback,
  type FeedbackRow,
  type FeedbackSummary,
} from './feedback-figures.ts';
import {
  initiativesOfPeriod,
  initiativesPerStage,
  newIdeas,
  nobodyPickedUp,
  noaberfondsPerStep,
  satisfaction,
  type NoaberfondsStepFigure,
  type SatisfactionFigure,
} from './initiative-figures.ts';
import type {
  ReportAction,
  ReportData,
  ReportFilter,
  ReportInitiative,
  ReportKern,
  ReportOrganisation,
  ReportVisit,
} from './report-data.ts';

/**
 * Every figure of the Overzicht and the council report, with the records behind each: one
 * definition for the screen, the CSV, the printed report and any server-side use.
 */
export interface Overview {
  contacts: ContactCount;
  visits: ReportVisit[];
  organisationsReached: ReportOrganisation[];
  villageAssociations: VillageAssociationContact[];
  kernenNotVisited: ReportKern[];
  perStage: Record<InitiativeStatus, number>;
  initiatives: { initiative: ReportInitiative; status: InitiativeStatus }[];
  newIdeas: ReportInitiative[];
  nobodyPickedUp: ReportInitiative[];
  feedback: FeedbackSummary;
  feedbackRows: FeedbackRow[];
  feedbackPerMonth: { month: string; summary: FeedbackSummary }[];
  overdueActions: ReportAction[];
  overduePerConnector: Map<string, ReportAction[]>;
  noaberfonds: NoaberfondsStepFigure[];
  satisfaction: SatisfactionFigure | null;
  perKern: KernRow[];
  /** Month "2025-11" → kern id → contacts, for the chart. */
  contactsPerMonthPerKern: Map<string, Map<string, number>>;
}

/** The figures of one kern, for the per-kern table. */
export interface KernRow {
  kern: ReportKern;
  contacts: ContactCount;
  organisationsReached: number;
  newIdeas: number;
  feedbackOverdue: number;
}

export function computeOverview(data: ReportData, filter: ReportFilter): Overview {
  const visits = visitsInPeriod(data, filter);
  const initiatives = initiativesOfPeriod(data, filter);
  const rows = feedbackRows(data, filter);
  const overdue = overdueActions(data, filter);
  const reached = organisationsReached(data, filter, visits);
  const ideas = newIdeas(data, filter);
  return {
    contacts: countContacts(visits),
    visits,
    organisationsReached: reached,
    villageAssociations: villageAssociationContacts(data, filter),
    kernenNotVisited: kernenNotVisited(data, filter, visits),
    perStage: initiativesPerStage(initiatives),
    initiatives,
    newIdeas: ideas,
    nobodyPickedUp: nobodyPickedUp(initiatives),
    feedback: summariseFeedback(rows),
    feedbackRows: rows,
    feedbackPerMonth: feedbackPerMonth(rows, filter),
    overdueActions: overdue,
    overduePerConnector: overduePerConnector(overdue),
    noaberfonds: noaberfondsPerStep(data, filter),
    satisfaction: satisfaction(data, filter),
    perKern: perKern(data, filter, visits, ideas, rows, reached),
    contactsPerMonthPerKern: contactsPerMonthPerKern(visits),
  };
}

/** The per-kern breakdown, from the lists already made (one pass per list, not per kern). */
function perKern(
  data: ReportData,
  filter: ReportFilter,
  visits: readonly ReportVisit[],
  ideas: readonly ReportInitiative[],
  rows: readonly FeedbackRow[],
  reached: readonly ReportOrganisation[],
): KernRow[] {
  const known = new Set(reached.map((organisation) => organisation.id));
  const group = <T>(items: readonly T[], kernOf: (item: T) => string) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      const key = kernOf(item);
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
    return map;
  };
  const visitsBy = group(visits, (visit) => visit.kernId);
  const ideasBy = group(ideas, (idea) => idea.kernId);
  const overdueBy = group(
    rows.filter((row) => row.outcome === 'overdue'),
    (row) => row.initiative.kernId,
  );
  return kernenOf(data, filter).map((kern) => {
    const own = visitsBy.get(kern.id) ?? [];
    return {
      kern,
      contacts: countContacts(own),
      organisationsReached: new Set(
        own.flatMap((visit) => visit.organisationIds).filter((id) => known.has(id)),
      ).size,
      newIdeas: ideasBy.get(kern.id)?.length ?? 0,
      feedbackOverdue: overdueBy.get(kern.id)?.length ?? 0,
    };
  });
}
