import { feedbackDeadline } from '../../../src/shared/dates/feedback-deadline.ts';
import type { InitiativeStatus } from '../../../src/shared/records/initiative-status.ts';
import type {
  ReportAction,
  ReportData,
  ReportFilter,
  ReportInitiative,
  ReportOrganisation,
  ReportVisit,
} from '../../../src/shared/reports/report-data.ts';

/**
 * A small municipality whose figures for the second quarter of 2025 were worked out by hand
 * (see reports.test.ts). Hoonhorst changed connector within the quarter: Anna until May,
 * Bert since.
 */
export const ANNA = 'user-anna';
export const BERT = 'user-bert';
export const CARLA = 'user-carla';

export const DALFSEN = 'kern-dalfsen';
export const HOONHORST = 'kern-hoonhorst';
export const ANKUM = 'kern-ankum';
export const WELSUM = 'kern-welsum';
export const FORMER = 'kern-former';

const PB = 'kind-pb';
const CLUB = 'kind-club';

/** Noon in Amsterdam on a civil date, as a status change's `at`. */
const noon = (date: string) => Date.parse(`${date}T10:00:00Z`);

function visit(
  id: string,
  date: string,
  kernId: string,
  channel: ReportVisit['channel'],
  organisationIds: string[],
  authorId: string,
  deleted = false,
): ReportVisit {
  return { id, date, kernId, channel, organisationIds, authorId, deleted };
}

function organisation(
  id: string,
  name: string,
  kindId: string,
  kernId: string,
  status: ReportOrganisation['status'] = 'actief',
  endDate: string | null = null,
  deleted = false,
): ReportOrganisation {
  return { id, name, kindId, kernIds: [kernId], status, endDate, deleted };
}

interface InitiativeSketch {
  kernId: string;
  registeredOn: string;
  deadline?: string;
  /** Status changes after registration: [date, status]. */
  steps?: [string, InitiativeStatus][];
  feedback?: string[];
  connector?: string | null;
  noaberfonds?: ReportInitiative['noaberfonds'];
  deleted?: boolean;
}

function initiative(id: string, sketch: InitiativeSketch): ReportInitiative {
  const changes: [string, InitiativeStatus][] = [
    [sketch.registeredOn, 'ingediend'],
    ...(sketch.steps ?? []),
  ];
  const statusHistory = changes.map(([date, to], index) => ({
    from: index === 0 ? null : (changes[index - 1]?.[1] ?? null),
    to,
    at: noon(date),
    by: ANNA,
    reason: '',
  }));
  return {
    id,
    title: `Initiatief ${id}`,
    deleted: sketch.deleted ?? false,
    kernId: sketch.kernId,
    status: changes.at(-1)?.[1] ?? 'ingediend',
    statusHistory,
    assignedConnectorId: sketch.connector === undefined ? ANNA : sketch.connector,
    registeredOn: sketch.registeredOn,
    feedbackDeadline:
      sketch.deadline ?? feedbackDeadline(sketch.registeredOn, { unit: 'weeks', amount: 4 }),
    feedbackLog: (sketch.feedback ?? []).map((date, index) => ({
      id: `${id}-fb-${index}`,
      date,
      channel: 'telefoon' as const,
      summary: 'Gebeld',
      by: ANNA,
    })),
    noaberfonds: sketch.noaberfonds ?? null,
  };
}

function action(
  id: string,
  assigneeId: string,
  dueDate: string,
  options: Partial<ReportAction> = {},
): ReportAction {
  return {
    id,
    what: `Actie ${id}`,
    assigneeId,
    dueDate,
    done: false,
    doneOn: null,
    visitId: null,
    initiativeId: null,
    deleted: false,
    ...options,
  };
}

/** Ten working days from Monday 14 April 2025: Easter Monday (21 April) does not count. */
export const EASTER_TERM = {
  unit: 'working-days' as const,
  amount: 10,
  holidays: { goodFriday: false, liberationDay: 'lustrum-years' as const },
};

export function reportFixture(): ReportData {
  return {
    kernen: [
      { id: DALFSEN, name: 'Dalfsen', kind: 'dorp', parentId: null, active: true },
      { id: HOONHORST, name: 'Hoonhorst', kind: 'dorp', parentId: null, active: true },
      { id: ANKUM, name: 'Ankum', kind: 'buurtschap', parentId: DALFSEN, active: true },
      { id: WELSUM, name: 'Welsum', kind: 'buurtschap', parentId: DALFSEN, active: true },
      { id: FORMER, name: 'Opgeheven kern', kind: 'buurtschap', parentId: null, active: false },
    ],
    villageAssociationKindIds: new Set([PB]),
    connectorsByKern: new Map([
      [DALFSEN, [ANNA]],
      [HOONHORST, [BERT]],
      [ANKUM, [ANNA]],
      [WELSUM, [CARLA]],
    ]),
    organisations: [
      organisation('o-pb-hoonhorst', 'PB Hoonhorst', PB, HOONHORST),
      organisation('o-pb-dalfsen', 'PB dorp Dalfsen', PB, DALFSEN, 'opgeheven', '2022-12-31'),
      organisation('o-pb-ankum', 'PB Ankum', PB, ANKUM),
      organisation('o-club', 'Voetbalclub Dalfsen', CLUB, DALFSEN),
      organisation('o-pb-welsum', 'PB Welsum', PB, WELSUM, 'slapend'),
      organisation('o-pb-gone', 'PB verwijderd', PB, WELSUM, 'actief', null, true),
    ],
    visits: [
      visit('v1', '2025-04-03', HOONHORST, 'bezoek', ['o-pb-hoonhorst'], ANNA),
      visit('v2', '2025-05-20', HOONHORST, 'telefoon', ['o-pb-hoonhorst'], BERT),
      visit('v3', '2025-06-10', DALFSEN, 'pb-vergadering', ['o-club'], ANNA),
      visit('v4', '2025-03-15', ANKUM, 'bezoek', ['o-pb-ankum'], ANNA),
      visit('v5', '2025-07-05', WELSUM, 'bezoek', ['o-pb-welsum'], CARLA),
      visit('v6', '2025-04-30', DALFSEN, 'e-mail', [], ANNA),
      visit('v7', '2025-05-01', WELSUM, 'bezoek', ['o-pb-welsum'], CARLA, true),
      visit('v8', '2025-01-10', DALFSEN, 'bezoek', ['o-pb-dalfsen'], ANNA),
    ],
    initiatives: [
      initiative('i1', {
        kernId: DALFSEN,
        registeredOn: '2025-03-03',
        feedback: ['2025-03-20'],
        steps: [
          ['2025-03-20', 'in gesprek'],
          ['2025-04-10', 'in behandeling'],
          ['2025-05-01', 'ondersteund'],
        ],
      }),
      // Feedback given on the deadline day itself: on time.
      initiative('i2', {
        kernId: HOONHORST,
        registeredOn: '2025-04-02',
        feedback: ['2025-04-30'],
        steps: [
          ['2025-04-05', 'in gesprek'],
          ['2025-07-03', 'in behandeling'],
        ],
        connector: BERT,
      }),
      initiative('i3', {
        kernId: HOONHORST,
        registeredOn: '2025-04-10',
        feedback: ['2025-05-12', '2025-06-01'],
        steps: [
          ['2025-04-12', 'in gesprek'],
          ['2025-05-12', 'in behandeling'],
        ],
      }),
      // The deadline counts working days across Easter: 29 April, not 28.
      initiative('i4', {
        kernId: DALFSEN,
        registeredOn: '2025-04-14',
        deadline: feedbackDeadline('2025-04-14', EASTER_TERM),
        feedback: ['2025-04-29'],
        steps: [['2025-04-16', 'in gesprek']],
      }),
      // Paused, unassigned, never answered.
      initiative('i5', {
        kernId: DALFSEN,
        registeredOn: '2025-05-01',
        steps: [
          ['2025-05-05', 'in gesprek'],
          ['2025-05-15', 'gepauzeerd'],
        ],
        connector: null,
      }),
      // Deadline on the reference day, no answer yet: not overdue.
      initiative('i6', { kernId: WELSUM, registeredOn: '2025-06-02', connector: null }),
      // Still Anna's after Hoonhorst went to Bert; answered only after the quarter.
      initiative('i7', {
        kernId: HOONHORST,
        registeredOn: '2025-05-05',
        feedback: ['2025-07-10'],
        steps: [['2025-05-06', 'in gesprek']],
      }),
      // Closed before the quarter.
      initiative('i8', {
        kernId: DALFSEN,
        registeredOn: '2024-10-01',
        feedback: ['2024-10-10'],
        steps: [
          ['2024-10-10', 'in gesprek'],
          ['2024-11-01', 'in behandeling'],
          ['2024-12-01', 'ondersteund'],
          ['2025-01-05', 'in uitvoering'],
          ['2025-02-01', 'afgerond'],
        ],
      }),
      initiative('i9', {
        kernId: DALFSEN,
        registeredOn: '2025-03-10',
        feedback: ['2025-03-15'],
        steps: [
          ['2025-03-12', 'in gesprek'],
          ['2025-03-20', 'in behandeling'],
          ['2025-04-01', 'ondersteund'],
          ['2025-04-15', 'in uitvoering'],
          ['2025-05-10', 'afgerond'],
        ],
        noaberfonds: {
          steps: [
            { step: 'aanvraag', date: '2025-03-20' },
            { step: 'verlening', date: '2025-04-05' },
            { step: 'verantwoording', date: '2025-06-15' },
          ],
          amountAskedCents: 250_000,
          amountGrantedCents: 200_000,
        },
      }),
      initiative('i10', {
        kernId: HOONHORST,
        registeredOn: '2025-04-20',
        feedback: ['2025-05-18'],
        steps: [
          ['2025-04-22', 'in gesprek'],
          ['2025-05-02', 'in behandeling'],
        ],
        connector: BERT,
        noaberfonds: {
          steps: [{ step: 'aanvraag', date: '2025-05-01' }],
          amountAskedCents: 150_050,
          amountGrantedCents: null,
        },
      }),
      initiative('i11', { kernId: DALFSEN, registeredOn: '2025-05-01', deleted: true }),
    ],
    actions: [
      action('x1', ANNA, '2025-06-01', { visitId: 'v1' }),
      action('x2', BERT, '2025-06-15', { visitId: 'v2', done: true, doneOn: '2025-06-20' }),
      action('x3', BERT, '2025-06-10', { visitId: 'v2', done: true, doneOn: '2025-07-05' }),
      action('x4', CARLA, '2025-06-30', { initiativeId: 'i6' }),
      action('x5', ANNA, '2025-05-01'),
      action('x6', ANNA, '2025-05-01', { deleted: true }),
      action('x7', ANNA, '2025-06-29', { initiativeId: 'i5' }),
    ],
  };
}

/** The second quarter of 2025, looked at on 15 July: the reference day is 30 June. */
export const Q2_2025: ReportFilter = {
  period: { from: '2025-04-01', to: '2025-06-30' },
  kernId: null,
  today: '2025-07-15',
};
