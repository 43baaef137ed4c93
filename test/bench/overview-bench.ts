import { addDays } from '../../src/shared/dates/civil-date.ts';
import { NOABERFONDS_STEPS } from '../../src/shared/records/initiative.ts';
import { INITIATIVE_STATUSES } from '../../src/shared/records/initiative-status.ts';
import { computeOverview } from '../../src/shared/reports/overview.ts';
import type {
  ReportAction,
  ReportData,
  ReportInitiative,
  ReportKern,
  ReportOrganisation,
  ReportVisit,
} from '../../src/shared/reports/report-data.ts';
import { median } from './startup-time.ts';

/** Issue #17: the Overzicht for this data set computes within the budget. */
export const OVERVIEW_DATA = { visits: 20_000, initiatives: 5_000 };
export const OVERVIEW_BUDGET_MS = 300;
const RUNS = 9;
const START = '2024-01-01';

/** A deterministic pseudo-random sequence (no Math.random: runs compare like for like). */
function sequence(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

/** Two years of records over 28 kernen, 6 connectors, 150 organisations. */
export function overviewBenchData(): ReportData {
  const pick = sequence(17);
  const kernen: ReportKern[] = Array.from({ length: 28 }, (_, index) => ({
    id: `kern-${index}`,
    name: `Kern ${index}`,
    kind: index < 5 ? 'dorp' : 'buurtschap',
    parentId: index < 5 ? null : `kern-${index % 5}`,
    active: true,
  }));
  const users = Array.from({ length: 6 }, (_, index) => `user-${index}`);
  const organisations: ReportOrganisation[] = Array.from({ length: 150 }, (_, index) => ({
    id: `org-${index}`,
    name: `Organisatie ${index}`,
    kindId: index % 6 === 0 ? 'pb' : 'club',
    kernIds: [`kern-${index % 28}`],
    status: index === 6 ? 'opgeheven' : 'actief',
    endDate: index === 6 ? '2024-06-30' : null,
    deleted: false,
  }));
  const visits: ReportVisit[] = Array.from({ length: OVERVIEW_DATA.visits }, (_, index) => ({
    id: `visit-${index}`,
    date: addDays(START, pick(730)),
    kernId: `kern-${pick(28)}`,
    channel: (['bezoek', 'telefoon', 'pb-vergadering', 'e-mail'] as const)[pick(4)] ?? 'bezoek',
    organisationIds: pick(3) === 0 ? [`org-${pick(150)}`] : [],
    authorId: users[pick(6)] ?? 'user-0',
    deleted: pick(100) === 0,
  }));
  const initiatives: ReportInitiative[] = Array.from(
    { length: OVERVIEW_DATA.initiatives },
    (_, index) => {
      const registeredOn = addDays(START, pick(730));
      const at = Date.parse(`${registeredOn}T09:00:00Z`);
      const steps = pick(5);
      const statusHistory: ReportInitiative['statusHistory'] = [
        { from: null, to: 'ingediend', at, by: 'user-0', reason: '' },
      ];
      for (let step = 1; step <= steps; step += 1) {
        statusHistory.push({
          from: null,
          to: INITIATIVE_STATUSES[pick(INITIATIVE_STATUSES.length)] ?? 'ingediend',
          at: at + step * 10 * 86_400_000,
          by: 'user-0',
          reason: '',
        });
      }
      const answered = pick(4) > 0;
      return {
        id: `initiative-${index}`,
        title: `Initiatief ${index}`,
        deleted: false,
        kernId: `kern-${pick(28)}`,
        status: statusHistory.at(-1)?.to ?? 'ingediend',
        statusHistory,
        assignedConnectorId: pick(5) === 0 ? null : (users[pick(6)] ?? null),
        registeredOn,
        feedbackDeadline: addDays(registeredOn, 28),
        feedbackLog: answered
          ? [
              {
                id: `fb-${index}`,
                date: addDays(registeredOn, pick(40)),
                channel: 'telefoon' as const,
                summary: 'Gebeld',
                by: 'user-0',
              },
            ]
          : [],
        noaberfonds:
          pick(5) === 0
            ? {
                steps: NOABERFONDS_STEPS.slice(0, 1 + pick(4)).map((step, n) => ({
                  step,
                  date: addDays(registeredOn, 20 * n),
                })),
                amountAskedCents: 100 * pick(5000),
                amountGrantedCents: pick(2) === 0 ? null : 100 * pick(4000),
              }
            : null,
      };
    },
  );
  const actions: ReportAction[] = Array.from({ length: 8_000 }, (_, index) => ({
    id: `action-${index}`,
    what: `Actie ${index}`,
    assigneeId: users[pick(6)] ?? 'user-0',
    dueDate: addDays(START, pick(730)),
    done: pick(3) > 0,
    doneOn: null,
    visitId: `visit-${pick(OVERVIEW_DATA.visits)}`,
    initiativeId: null,
    deleted: false,
  }));
  return {
    kernen,
    organisations,
    visits,
    initiatives,
    actions,
    villageAssociationKindIds: new Set(['pb']),
    connectorsByKern: new Map(kernen.map((kern, index) => [kern.id, [users[index % 6] ?? '']])),
  };
}

/** The median time of the whole Overzicht for a year, the whole municipality (the heaviest). */
export function runOverviewBench(): { medianMs: number; runs: number[] } {
  const data = overviewBenchData();
  const filter = {
    period: { from: '2025-01-01', to: '2025-12-31' },
    kernId: null,
    today: '2026-01-15',
  };
  computeOverview(data, filter); // warm up
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    computeOverview(data, filter);
    runs.push(performance.now() - started);
  }
  return { medianMs: median(runs), runs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { medianMs, runs } = runOverviewBench();
  console.log(
    `Overzicht, ${OVERVIEW_DATA.visits} visits + ${OVERVIEW_DATA.initiatives} initiatives: ` +
      `${medianMs.toFixed(1)} ms (runs ${runs.map((ms) => ms.toFixed(0)).join(', ')})`,
  );
}
