import type { CivilDate } from '../dates/civil-date.ts';
import type { Action } from '../records/action.ts';
import type { Initiative } from '../records/initiative.ts';
import type { Organisation } from '../records/organisation.ts';
import type { Visit } from '../records/visit.ts';
import type { Kern } from '../reference-data.ts';
import type { Period } from './period.ts';

/**
 * What the reports read: the records a teamleider's device holds after a sync, and the
 * reference lists. Structural picks, so the server or a bench can hand in plain rows.
 */
export type ReportVisit = Pick<
  Visit,
  'id' | 'deleted' | 'date' | 'kernId' | 'channel' | 'organisationIds' | 'authorId'
>;
export type ReportInitiative = Pick<
  Initiative,
  | 'id'
  | 'deleted'
  | 'title'
  | 'kernId'
  | 'status'
  | 'statusHistory'
  | 'assignedConnectorId'
  | 'registeredOn'
  | 'feedbackDeadline'
  | 'feedbackLog'
  | 'noaberfonds'
>;
export type ReportAction = Pick<
  Action,
  | 'id'
  | 'deleted'
  | 'what'
  | 'assigneeId'
  | 'dueDate'
  | 'done'
  | 'doneOn'
  | 'visitId'
  | 'initiativeId'
>;
export type ReportOrganisation = Pick<
  Organisation,
  'id' | 'deleted' | 'name' | 'kindId' | 'kernIds' | 'status' | 'endDate'
>;
export type ReportKern = Pick<Kern, 'id' | 'name' | 'kind' | 'parentId' | 'active'>;

/**
 * A resident's answer to "how satisfied are you?" on a finished initiative (issue 16 takes
 * them in; none are recorded yet). Score 1 (not at all) … 5 (very).
 */
export interface SatisfactionAnswer {
  initiativeId: string;
  score: number;
  answeredOn: CivilDate;
}

export interface ReportData {
  visits: readonly ReportVisit[];
  initiatives: readonly ReportInitiative[];
  actions: readonly ReportAction[];
  organisations: readonly ReportOrganisation[];
  kernen: readonly ReportKern[];
  /** The organisation kinds that are a village association (Plaatselijk Belang, Dorpsbelang…). */
  villageAssociationKindIds: ReadonlySet<string>;
  /** Who works in which kern now, as the colleague list says (for "who should pick it up"). */
  connectorsByKern?: ReadonlyMap<string, readonly string[]>;
  satisfaction?: readonly SatisfactionAnswer[];
}

export interface ReportFilter {
  period: Period;
  /** One kern, or null for the whole municipality. */
  kernId: string | null;
  /** Today in the municipality: snapshot figures are taken on min(period end, today). */
  today: CivilDate;
  /** A Plaatselijk Belang not contacted for more days than this is flagged. */
  contactThresholdDays?: number;
}

export const DEFAULT_CONTACT_THRESHOLD_DAYS = 90;

/** Does a record of kern `kernId` count under the filter? */
export const inKern = (filter: Pick<ReportFilter, 'kernId'>, kernId: string): boolean =>
  filter.kernId === null || filter.kernId === kernId;

/** Kern-less records (an action that follows up nothing) count only for the whole municipality. */
export const inKernen = (filter: Pick<ReportFilter, 'kernId'>, kernIds: readonly string[]) =>
  filter.kernId === null || kernIds.includes(filter.kernId);

export const live = <T extends { deleted: boolean }>(records: readonly T[]): T[] =>
  records.filter((record) => !record.deleted);
