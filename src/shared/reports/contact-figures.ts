import { daysBetween, type CivilDate } from '../dates/civil-date.ts';
import type { Visit } from '../records/visit.ts';
import { inPeriod, referenceDay } from './period.ts';
import {
  DEFAULT_CONTACT_THRESHOLD_DAYS,
  inKern,
  inKernen,
  live,
  type ReportData,
  type ReportFilter,
  type ReportKern,
  type ReportOrganisation,
  type ReportVisit,
} from './report-data.ts';

/**
 * Meeting people where they are is a visit; the rest (phone, e-mail, other) a conversation.
 * Together they are the contacts of a period.
 */
const IN_PERSON: ReadonlySet<Visit['channel']> = new Set([
  'bezoek',
  'pb-vergadering',
  'inloopspreekuur',
]);
export const isInPerson = (visit: Pick<ReportVisit, 'channel'>): boolean =>
  IN_PERSON.has(visit.channel);

/** The visit records of the period in the filter's kern(en), oldest first. */
export function visitsInPeriod(data: ReportData, filter: ReportFilter): ReportVisit[] {
  return live(data.visits)
    .filter((visit) => inPeriod(visit.date, filter.period) && inKern(filter, visit.kernId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface ContactCount {
  visits: number;
  conversations: number;
}

export function countContacts(visits: readonly ReportVisit[]): ContactCount {
  const inPerson = visits.filter(isInPerson).length;
  return { visits: inPerson, conversations: visits.length - inPerson };
}

/** Contacts per kern (every kern of the filter, also those with none). */
export function contactsPerKern(
  data: ReportData,
  filter: ReportFilter,
): { kern: ReportKern; count: ContactCount }[] {
  const visits = visitsInPeriod(data, filter);
  return kernenOf(data, filter).map((kern) => ({
    kern,
    count: countContacts(visits.filter((visit) => visit.kernId === kern.id)),
  }));
}

/** Contacts per month per kern: month "2025-11" → kern id → number of visit records. */
export function contactsPerMonthPerKern(
  visits: readonly ReportVisit[],
): Map<string, Map<string, number>> {
  const months = new Map<string, Map<string, number>>();
  for (const visit of visits) {
    const month = visit.date.slice(0, 7);
    const perKern = months.get(month) ?? new Map<string, number>();
    perKern.set(visit.kernId, (perKern.get(visit.kernId) ?? 0) + 1);
    months.set(month, perKern);
  }
  return months;
}

/** The organisations named in a visit of the period, each once (deleted ones left out). */
export function organisationsReached(
  data: ReportData,
  filter: ReportFilter,
  visits: readonly ReportVisit[] = visitsInPeriod(data, filter),
): ReportOrganisation[] {
  const named = new Set(visits.flatMap((visit) => visit.organisationIds));
  return live(data.organisations)
    .filter((organisation) => named.has(organisation.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export interface VillageAssociationContact {
  organisation: ReportOrganisation;
  /** The latest visit naming it, on or before the reference day; null: none ever. */
  lastContact: CivilDate | null;
  /** Days from the last contact to the reference day; null when never contacted. */
  daysSince: number | null;
  /** Not contacted within the threshold (or never). */
  flagged: boolean;
}

/**
 * Days since the last contact with each Plaatselijk Belang (any village association kind) of
 * the filter's kernen, taken on the reference day. An association that was dissolved on or
 * before that day is not listed: nobody can keep in touch with it any more. A dormant one is.
 */
export function villageAssociationContacts(
  data: ReportData,
  filter: ReportFilter,
): VillageAssociationContact[] {
  const day = referenceDay(filter.period, filter.today);
  const threshold = filter.contactThresholdDays ?? DEFAULT_CONTACT_THRESHOLD_DAYS;
  const associations = live(data.organisations).filter(
    (organisation) =>
      data.villageAssociationKindIds.has(organisation.kindId) &&
      inKernen(filter, organisation.kernIds) &&
      !(organisation.endDate !== null && organisation.endDate <= day),
  );
  const wanted = new Set(associations.map((organisation) => organisation.id));
  const last = new Map<string, CivilDate>();
  for (const visit of live(data.visits)) {
    if (visit.date > day) continue;
    for (const id of visit.organisationIds) {
      if (!wanted.has(id)) continue;
      const known = last.get(id);
      if (known === undefined || visit.date > known) last.set(id, visit.date);
    }
  }
  return associations
    .map((organisation) => {
      const lastContact = last.get(organisation.id) ?? null;
      const daysSince = lastContact === null ? null : daysBetween(lastContact, day);
      return {
        organisation,
        lastContact,
        daysSince,
        flagged: daysSince === null || daysSince > threshold,
      };
    })
    .sort(
      (a, b) =>
        (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) ||
        a.organisation.name.localeCompare(b.organisation.name, 'nl'),
    );
}

/** The active kernen the filter covers, by name. */
export function kernenOf(data: ReportData, filter: ReportFilter): ReportKern[] {
  return data.kernen
    .filter((kern) => kern.active && inKern(filter, kern.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/**
 * Active kernen and buurtschappen nobody visited in the period: a phone call or an e-mail is
 * contact, but not a visit.
 */
export function kernenNotVisited(
  data: ReportData,
  filter: ReportFilter,
  visits: readonly ReportVisit[] = visitsInPeriod(data, filter),
): ReportKern[] {
  const visited = new Set(visits.filter(isInPerson).map((visit) => visit.kernId));
  return kernenOf(data, filter).filter((kern) => !visited.has(kern.id));
}
