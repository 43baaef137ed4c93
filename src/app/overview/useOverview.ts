import { useMemo } from 'preact/hooks';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { computeOverview, type Overview } from '../../shared/reports/overview.ts';
import {
  PERIOD_KINDS,
  periodHolding,
  type Period,
  type PeriodKind,
} from '../../shared/reports/period.ts';
import { isCivilDate } from '../../shared/dates/civil-date.ts';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { loadOverviewSource, type OverviewSource } from './overview-data.ts';

/** The Overzicht's choice, as it travels in the address (so the report opens the same). */
export interface OverviewChoice {
  kind: PeriodKind | 'range';
  period: Period;
  kernId: string | null;
}

/** Reads ?periode=quarter&van=…&tot=…&kern=… ; anything unreadable falls back to this quarter. */
export function choiceFromQuery(query: Record<string, string>, today: string): OverviewChoice {
  const kernId = query['kern'] || null;
  const kind = query['periode'];
  if (kind === 'range') {
    const from = query['van'] ?? '';
    const to = query['tot'] ?? '';
    if (isCivilDate(from) && isCivilDate(to) && from <= to) {
      return { kind, period: { from, to }, kernId };
    }
  }
  const known = (PERIOD_KINDS as readonly string[]).includes(kind ?? '');
  const chosen = known ? (kind as PeriodKind) : 'quarter';
  return { kind: chosen, period: periodHolding(chosen, today), kernId };
}

export function choiceQuery(choice: OverviewChoice): string {
  const params = new URLSearchParams({ periode: choice.kind });
  if (choice.kind === 'range') {
    params.set('van', choice.period.from);
    params.set('tot', choice.period.to);
  }
  if (choice.kernId) params.set('kern', choice.kernId);
  return params.toString();
}

/** The figures for a choice, from this device's data; recomputed when a sync changes it. */
export function useOverview(
  choice: OverviewChoice,
): { source: OverviewSource; overview: Overview } | null {
  const { db } = useLocalData();
  const live = useLive(() => loadOverviewSource(db), [db]);
  const today = municipalToday(Date.now());
  const source = live.status === 'ready' ? live.value : null;
  return useMemo(
    () =>
      source && {
        source,
        overview: computeOverview(source.data, {
          period: choice.period,
          kernId: choice.kernId,
          today,
        }),
      },
    [source, choice.period.from, choice.period.to, choice.kernId, today],
  );
}
