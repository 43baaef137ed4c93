import type { Overview } from '../../shared/reports/overview.ts';
import type { Period } from '../../shared/reports/period.ts';
import type { ReportKern } from '../../shared/reports/report-data.ts';
import { STATUS_LABELS } from '../initiatives/labels.ts';
import { Chart } from './Chart.tsx';
import { contactsChart, feedbackChart, stagesChart } from './chart-data.ts';
import { useOverviewText } from './overview-text.ts';
import { formatNumber } from './period-label.ts';

/*
 * The Overzicht's charts and figures that the screen and the council report (ReportScreen)
 * both show, with the same titles and words: one place for each.
 */

/** Contacts per month, one series per village. */
export function VisitsChart(props: {
  overview: Overview;
  kernen: readonly ReportKern[];
  period: Period;
}) {
  const { t, language } = useOverviewText();
  return (
    <Chart
      kind="bar"
      title={t('overview.chart.visits')}
      data={contactsChart(props.overview, props.kernen, props.period, language)}
      language={language}
    />
  );
}

/** Initiatives per stage. */
export function StagesChart({ overview }: { overview: Overview }) {
  const { t, language } = useOverviewText();
  return (
    <Chart
      kind="bar"
      title={t('overview.chart.stages')}
      data={stagesChart(overview, (status) => t(STATUS_LABELS[status]), t('overview.col.count'))}
      language={language}
    />
  );
}

/** The share of feedback given on time, per month. */
export function FeedbackChart({ overview }: { overview: Overview }) {
  const { t, language } = useOverviewText();
  return (
    <Chart
      kind="line"
      title={t('overview.chart.feedback')}
      data={feedbackChart(overview, language, t('overview.col.onTime'))}
      language={language}
      percent
    />
  );
}

/** The median number of days to the first feedback, or "none" before there was any. */
export function useMedianDaysText(overview: Overview): string {
  const { t, language } = useOverviewText();
  const median = overview.feedback.medianDaysToFirstFeedback;
  return median === null ? t('overview.none') : formatNumber(median, language, 1);
}
