import type { UiLanguage } from '../../shared/dutch-format.ts';
import {
  INITIATIVE_STATUSES,
  type InitiativeStatus,
} from '../../shared/records/initiative-status.ts';
import type { Overview } from '../../shared/reports/overview.ts';
import { monthsOf, type Period } from '../../shared/reports/period.ts';
import type { ReportKern } from '../../shared/reports/report-data.ts';
import type { ChartData } from './Chart.tsx';
import { monthLabel } from './period-label.ts';

/**
 * Contacts per month, one series per village: a buurtschap counts with the village it belongs
 * to, so the whole municipality fits in a handful of lines instead of twenty.
 */
export function contactsChart(
  overview: Overview,
  kernen: readonly ReportKern[],
  period: Period,
  language: UiLanguage,
): ChartData {
  const byId = new Map(kernen.map((kern) => [kern.id, kern]));
  const villageOf = (id: string) => byId.get(id)?.parentId ?? id;
  const months = monthsOf(period);
  const villages = new Map<string, number[]>();
  for (const [month, perKern] of overview.contactsPerMonthPerKern) {
    const index = months.indexOf(month);
    for (const [kernId, count] of perKern) {
      const village = villageOf(kernId);
      const data = villages.get(village) ?? months.map(() => 0);
      data[index] = (data[index] ?? 0) + count;
      villages.set(village, data);
    }
  }
  return {
    labels: months.map((month) => monthLabel(month, language, true)),
    series: [...villages]
      .map(([id, data]) => ({ name: byId.get(id)?.name ?? '', data }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}

export function stagesChart(
  overview: Overview,
  label: (status: InitiativeStatus) => string,
  name: string,
): ChartData {
  const statuses = INITIATIVE_STATUSES.filter((status) => overview.perStage[status] > 0);
  return {
    labels: statuses.map(label),
    series: [{ name, data: statuses.map((status) => overview.perStage[status]) }],
  };
}

/** The share answered on time per month of the deadline (0 where no deadline fell). */
export function feedbackChart(overview: Overview, language: UiLanguage, name: string): ChartData {
  return {
    labels: overview.feedbackPerMonth.map(({ month }) => monthLabel(month, language, true)),
    series: [
      { name, data: overview.feedbackPerMonth.map(({ summary }) => summary.shareOnTime ?? 0) },
    ],
  };
}
