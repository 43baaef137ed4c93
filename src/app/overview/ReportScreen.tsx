import { useLocation } from 'preact-iso/router';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { formatCivilDate, formatLongDate } from '../../shared/dutch-format.ts';
import type { InitiativeStatus } from '../../shared/records/initiative-status.ts';
import {
  feedbackTable,
  noaberfondsTable,
  perKernTable,
  villageAssociationsTable,
  type Table,
} from '../../shared/reports/report-tables.ts';
import { Screen } from '../components/Screen.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Button, ButtonLink } from '../components/nlds/Button.tsx';
import { STATUS_LABELS } from '../initiatives/labels.ts';
import { FeedbackChart, StagesChart, useMedianDaysText, VisitsChart } from './OverviewCharts.tsx';
import { DataTable } from './DataTable.tsx';
import { useOverviewText } from './overview-text.ts';
import { formatPercent, monthLabel, periodLabel } from './period-label.ts';
import { choiceFromQuery, choiceQuery, useOverview } from './useOverview.ts';
import './overview.css';

/** Statuses an initiative reaches only once the municipality decided to support it. */
const SUPPORTED: readonly InitiativeStatus[] = ['ondersteund', 'in uitvoering', 'afgerond'];

/**
 * "Verantwoording participatie <periode>": the council report, an A4 document printed from
 * the browser (print CSS: a section per page, a header and footer with the period and the
 * date printed). The same figures as the Overzicht, from the same functions.
 */
export default function ReportScreen() {
  const { t, language } = useOverviewText();
  const location = useLocation();
  const choice = choiceFromQuery(location.query, municipalToday(Date.now()));
  const result = useOverview(choice);
  const kernName = result?.source.names.kern(choice.kernId ?? '') ?? '';
  const period = periodLabel(choice.period, language) + (choice.kernId ? ` · ${kernName}` : '');
  const title = t('report.title', { period });
  const printed = t('report.printed', { date: formatLongDate(new Date(), language) });

  return (
    <Screen title={title}>
      <div class="report-header" aria-hidden="true">
        {title}
      </div>
      <div class="report-footer" aria-hidden="true">
        {title} · {printed}
      </div>
      <p class="no-print figure-actions">
        <Button type="button" appearance="primary" onClick={() => window.print()}>
          {t('report.print')}
        </Button>
        <ButtonLink href={`/overzicht?${choiceQuery(choice)}`}>{t('report.back')}</ButtonLink>
      </p>
      {result === null ? (
        <p role="status">{t('overview.loading')}</p>
      ) : (
        <ReportBody result={result} period={period} printed={printed} choice={choice} />
      )}
    </Screen>
  );
}

function ReportBody({
  result,
  period,
  printed,
  choice,
}: {
  result: NonNullable<ReturnType<typeof useOverview>>;
  period: string;
  printed: string;
  choice: ReturnType<typeof choiceFromQuery>;
}) {
  const { t, language } = useOverviewText();
  const { overview, source } = result;
  const { names } = source;
  const medianDays = useMedianDaysText(overview);
  const keyFigures: Table = {
    header: [t('overview.col.name'), t('overview.col.count')],
    rows: [
      [t('overview.figure.visits'), overview.contacts.visits],
      [t('overview.figure.conversations'), overview.contacts.conversations],
      [t('overview.figure.organisations'), overview.organisationsReached.length],
      [
        t('overview.figure.pbFlagged', { days: '90' }),
        overview.villageAssociations.filter((row) => row.flagged).length,
      ],
      [t('overview.figure.notVisited'), overview.kernenNotVisited.length],
      [t('overview.figure.newIdeas'), overview.newIdeas.length],
      [t('overview.figure.nobody'), overview.nobodyPickedUp.length],
      [t('overview.figure.late'), overview.feedback.late],
      [t('overview.figure.overdue'), overview.feedback.overdue],
      [t('overview.figure.actionsOverdue'), overview.overdueActions.length],
    ],
  };
  const supported = overview.initiatives.filter(({ status }) => SUPPORTED.includes(status));
  const supportedTable: Table = {
    header: [
      t('overview.col.name'),
      t('overview.col.kern'),
      t('overview.col.stage'),
      t('overview.col.granted'),
    ],
    rows: supported.map(({ initiative, status }) => {
      const granted = initiative.noaberfonds?.amountGrantedCents;
      return [
        initiative.title,
        names.kern(initiative.kernId),
        t(STATUS_LABELS[status]),
        typeof granted === 'number' ? granted / 100 : null,
      ];
    }),
  };
  const feedbackMonths: Table = {
    header: [
      t('overview.col.month'),
      t('overview.figure.shareOnTime'),
      t('overview.figure.late'),
      t('overview.figure.overdue'),
    ],
    rows: overview.feedbackPerMonth.map(({ month, summary }) => [
      monthLabel(month, language),
      summary.shareOnTime === null ? '' : formatPercent(summary.shareOnTime, language),
      summary.late,
      summary.overdue,
    ]),
  };

  return (
    <article class="report">
      <section class="report-section" aria-labelledby="rp-figures">
        <p>{t('report.intro', { period })}</p>
        <p class="muted">
          {formatCivilDate(choice.period.from, language)} –{' '}
          {formatCivilDate(choice.period.to, language)} · {printed}
        </p>
        <Heading level={2} id="rp-figures">
          {t('overview.section.contact')}
        </Heading>
        <DataTable table={keyFigures} caption={t('overview.section.contact')} language={language} />
        <Heading level={3}>{t('overview.figure.shareOnTime')}</Heading>
        <p>
          <span class="figure-value">
            {overview.feedback.shareOnTime === null
              ? t('overview.none')
              : formatPercent(overview.feedback.shareOnTime, language)}
          </span>{' '}
          · {t('overview.figure.median')}: {medianDays}
        </p>
        <DataTable
          table={feedbackMonths}
          caption={t('overview.chart.feedback')}
          language={language}
        />
      </section>
      <section class="report-section" aria-labelledby="rp-charts">
        <Heading level={2} id="rp-charts">
          {t('overview.chart.visits')}
        </Heading>
        <VisitsChart overview={overview} kernen={source.data.kernen} period={choice.period} />
        <StagesChart overview={overview} />
        <FeedbackChart overview={overview} />
      </section>
      <section class="report-section" aria-labelledby="rp-supported">
        <Heading level={2} id="rp-supported">
          {t('report.supported')}
        </Heading>
        {supported.length === 0 ? (
          <p>{t('report.noSupported')}</p>
        ) : (
          <DataTable table={supportedTable} caption={t('report.supported')} language={language} />
        )}
        <Heading level={2}>{t('overview.section.noaberfonds')}</Heading>
        <DataTable
          table={noaberfondsTable(overview.noaberfonds)}
          caption={t('overview.section.noaberfonds')}
          language={language}
        />
      </section>
      <section class="report-section" aria-labelledby="rp-kernen">
        <Heading level={2} id="rp-kernen">
          {t('overview.section.perKern')}
        </Heading>
        <DataTable
          table={perKernTable(overview.perKern)}
          caption={t('overview.section.perKern')}
          language={language}
        />
        <Heading level={2}>{t('overview.figure.pbAll')}</Heading>
        <DataTable
          table={villageAssociationsTable(overview.villageAssociations, names)}
          caption={t('overview.figure.pbAll')}
          language={language}
        />
        <Heading level={2}>{t('overview.section.feedback')}</Heading>
        <DataTable
          table={feedbackTable(overview.feedbackRows, names)}
          caption={t('overview.section.feedback')}
          language={language}
        />
      </section>
    </article>
  );
}
