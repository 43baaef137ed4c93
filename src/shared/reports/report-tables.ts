import type { CsvCell } from '../csv/csv.ts';
import type { Organisation } from '../records/organisation.ts';
import type { VillageAssociationContact } from './contact-figures.ts';
import type { FeedbackRow } from './feedback-figures.ts';
import type { NoaberfondsStepFigure } from './initiative-figures.ts';
import type { KernRow, Overview } from './overview.ts';
import type {
  ReportAction,
  ReportInitiative,
  ReportOrganisation,
  ReportVisit,
} from './report-data.ts';

/**
 * The lists behind the figures as tables: the same rows the screen opens, the CSV holds and
 * the printed report shows. Column names are Dutch (the council's language); dates stay ISO
 * (a spreadsheet sorts them), amounts are euros with a decimal comma in the CSV.
 */
export interface Table {
  header: string[];
  rows: CsvCell[][];
}

export interface ReportNames {
  kern: (id: string) => string;
  user: (id: string | null) => string;
  organisation: (id: string) => string;
}

/** An organisation with the contact details a CSV holds only when asked for. */
export type ContactOrganisation = ReportOrganisation &
  Partial<Pick<Organisation, 'address' | 'email' | 'phone' | 'website'>>;

const euros = (cents: number | null | undefined): number | null =>
  cents === null || cents === undefined ? null : cents / 100;

export function visitsTable(visits: readonly ReportVisit[], names: ReportNames): Table {
  return {
    header: ['Datum', 'Kern', 'Soort contact', 'Organisaties', 'Gebiedsverbinder'],
    rows: visits.map((visit) => [
      visit.date,
      names.kern(visit.kernId),
      visit.channel,
      visit.organisationIds.map(names.organisation).join(', '),
      names.user(visit.authorId),
    ]),
  };
}

export function initiativesTable(
  initiatives: readonly { initiative: ReportInitiative; status?: string }[],
  names: ReportNames,
): Table {
  return {
    header: [
      'Titel',
      'Kern',
      'Status',
      'Aangemeld op',
      'Terugkoppelen uiterlijk',
      'Eerste terugkoppeling',
      'Gebiedsverbinder',
    ],
    rows: initiatives.map(({ initiative, status }) => [
      initiative.title,
      names.kern(initiative.kernId),
      status ?? initiative.status,
      initiative.registeredOn,
      initiative.feedbackDeadline,
      initiative.feedbackLog.map((entry) => entry.date).sort()[0] ?? null,
      names.user(initiative.assignedConnectorId),
    ]),
  };
}

export function feedbackTable(rows: readonly FeedbackRow[], names: ReportNames): Table {
  const outcome = {
    'on-time': 'op tijd',
    late: 'te laat beantwoord',
    overdue: 'nog niet beantwoord, termijn voorbij',
    pending: 'termijn loopt nog',
  } as const;
  return {
    header: [
      'Titel',
      'Kern',
      'Terugkoppelen uiterlijk',
      'Eerste terugkoppeling',
      'Dagen tot eerste terugkoppeling',
      'Uitkomst',
      'Verantwoordelijk',
    ],
    rows: rows.map((row) => [
      row.initiative.title,
      names.kern(row.initiative.kernId),
      row.initiative.feedbackDeadline,
      row.firstFeedbackOn,
      row.daysToFirstFeedback,
      outcome[row.outcome],
      row.responsibleIds.map((id) => names.user(id)).join(', '),
    ]),
  };
}

export function actionsTable(actions: readonly ReportAction[], names: ReportNames): Table {
  return {
    header: ['Actie', 'Voor', 'Uiterlijk', 'Klaar op'],
    rows: actions.map((action) => [
      action.what,
      names.user(action.assigneeId),
      action.dueDate,
      action.done ? (action.doneOn ?? '') : null,
    ]),
  };
}

/** Organisations; address, e-mail, phone and website only when `withContactDetails`. */
export function organisationsTable(
  organisations: readonly ContactOrganisation[],
  names: ReportNames,
  withContactDetails: boolean,
): Table {
  const contact = ['Adres', 'E-mail', 'Telefoon', 'Website'];
  return {
    header: ['Naam', 'Kernen', 'Status', 'Opgeheven op', ...(withContactDetails ? contact : [])],
    rows: organisations.map((organisation) => [
      organisation.name,
      organisation.kernIds.map(names.kern).join(', '),
      organisation.status,
      organisation.endDate,
      ...(withContactDetails
        ? [
            organisation.address ?? '',
            organisation.email ?? '',
            organisation.phone ?? '',
            organisation.website ?? '',
          ]
        : []),
    ]),
  };
}

export function villageAssociationsTable(
  rows: readonly VillageAssociationContact[],
  names: ReportNames,
): Table {
  return {
    header: ['Plaatselijk Belang', 'Kern', 'Laatste contact', 'Dagen geleden', 'Te lang geleden'],
    rows: rows.map((row) => [
      row.organisation.name,
      row.organisation.kernIds.map(names.kern).join(', '),
      row.lastContact,
      row.daysSince,
      row.flagged ? 'ja' : 'nee',
    ]),
  };
}

export function perKernTable(rows: readonly KernRow[]): Table {
  return {
    header: [
      'Kern',
      'Bezoeken',
      'Gesprekken',
      'Organisaties bereikt',
      'Nieuwe ideeën',
      'Terugkoppeling te laat',
    ],
    rows: rows.map((row) => [
      row.kern.name,
      row.contacts.visits,
      row.contacts.conversations,
      row.organisationsReached,
      row.newIdeas,
      row.feedbackOverdue,
    ]),
  };
}

export function noaberfondsTable(steps: readonly NoaberfondsStepFigure[]): Table {
  return {
    header: ['Stap', 'Aantal', 'Gevraagd (euro)', 'Toegekend (euro)'],
    rows: steps.map((step) => [
      step.step,
      step.count,
      euros(step.askedCents),
      euros(step.grantedCents),
    ]),
  };
}

export function overdueActionsPerConnectorTable(
  overview: Pick<Overview, 'overduePerConnector'>,
  names: ReportNames,
): Table {
  return {
    header: ['Gebiedsverbinder', 'Acties over tijd'],
    rows: [...overview.overduePerConnector].map(([id, actions]) => [
      names.user(id),
      actions.length,
    ]),
  };
}
