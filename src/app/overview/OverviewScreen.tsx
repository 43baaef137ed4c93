import { plural } from '../i18n/plural.ts';
import { useLocation } from 'preact-iso/router';
import { useState } from 'preact/hooks';
import type { ContactExportRequest } from '../../shared/export-audit.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { isInPerson } from '../../shared/reports/contact-figures.ts';
import { PERIOD_KINDS, periodHolding, type PeriodKind } from '../../shared/reports/period.ts';
import {
  actionsTable,
  feedbackTable,
  initiativesTable,
  noaberfondsTable,
  organisationsTable,
  overdueActionsPerConnectorTable,
  perKernTable,
  villageAssociationsTable,
  visitsTable,
  type Table,
} from '../../shared/reports/report-tables.ts';
import { DEFAULT_CONTACT_THRESHOLD_DAYS } from '../../shared/reports/report-data.ts';
import { Screen } from '../components/Screen.tsx';
import { KernSelect } from '../components/form/KernSelect.tsx';
import { Select } from '../components/form/Select.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Button, ButtonLink } from '../components/nlds/Button.tsx';
import { useAuth } from '../auth/auth-context.tsx';
import { downloadCsv } from './csv-download.ts';
import { DataTable } from './DataTable.tsx';
import { FeedbackChart, StagesChart, useMedianDaysText, VisitsChart } from './OverviewCharts.tsx';
import { Figure } from './Figure.tsx';
import { useOverviewText, type OverviewTextKey } from './overview-text.ts';
import { formatNumber, formatPercent } from './period-label.ts';
import { choiceFromQuery, choiceQuery, useOverview, type OverviewChoice } from './useOverview.ts';
import './overview.css';

const KIND_LABELS: Record<PeriodKind | 'range', OverviewTextKey> = {
  month: 'overview.period.month',
  quarter: 'overview.period.quarter',
  year: 'overview.period.year',
  range: 'overview.period.range',
};

/** The teamleider's start screen: are we keeping our promises, per kern and period? */
export default function OverviewScreen() {
  const { t, language } = useOverviewText();
  const location = useLocation();
  const today = municipalToday(Date.now());
  const [choice, setChoice] = useState<OverviewChoice>(() =>
    choiceFromQuery(location.query, today),
  );
  const result = useOverview(choice);
  const choose = (next: OverviewChoice) => {
    setChoice(next);
    location.route(`${location.path}?${choiceQuery(next)}`, true);
  };

  return (
    <Screen title={t('overview.title')}>
      <form class="filters" aria-label={t('overview.filters')} onSubmit={(e) => e.preventDefault()}>
        <Field id="overview-period" label={t('overview.period')}>
          <Select
            id="overview-period"
            value={choice.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as PeriodKind | 'range';
              choose({
                ...choice,
                kind,
                period: kind === 'range' ? choice.period : periodHolding(kind, today),
              });
            }}
          >
            {[...PERIOD_KINDS, 'range' as const].map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_LABELS[kind])}
              </option>
            ))}
          </Select>
        </Field>
        {choice.kind === 'range' && (
          <>
            <DateInput
              id="overview-from"
              label={t('overview.from')}
              value={choice.period.from}
              onChange={(from) =>
                from <= choice.period.to &&
                choose({ ...choice, period: { ...choice.period, from } })
              }
            />
            <DateInput
              id="overview-to"
              label={t('overview.to')}
              value={choice.period.to}
              onChange={(to) =>
                to >= choice.period.from && choose({ ...choice, period: { ...choice.period, to } })
              }
            />
          </>
        )}
        <KernSelect
          id="overview-kern"
          kernen={result?.source.data.kernen.filter((kern) => kern.active) ?? []}
          value={choice.kernId ?? ''}
          onChange={(kernId) => choose({ ...choice, kernId: kernId || null })}
          allLabel={t('overview.allKernen')}
        />
      </form>
      <p>
        <ButtonLink href={`/overzicht/verslag?${choiceQuery(choice)}`}>
          {t('overview.printReport')}
        </ButtonLink>
      </p>
      {result === null ? (
        <p role="status">{t('overview.loading')}</p>
      ) : (
        <Figures result={result} choice={choice} />
      )}
    </Screen>
  );

  function DateInput(props: {
    id: string;
    label: string;
    value: string;
    onChange: (value: string) => void;
  }) {
    return (
      <Field id={props.id} label={props.label}>
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          id={props.id}
          type="date"
          value={props.value}
          lang={language}
          onChange={(e) => e.currentTarget.value && props.onChange(e.currentTarget.value)}
        />
      </Field>
    );
  }
}

function Figures({
  result,
  choice,
}: {
  result: NonNullable<ReturnType<typeof useOverview>>;
  choice: OverviewChoice;
}) {
  const { t, language } = useOverviewText();
  const { client } = useAuth();
  const [contactsFailed, setContactsFailed] = useState(false);
  const { overview, source } = result;
  const { names } = source;
  const n = (value: number) => formatNumber(value, language);
  const flagged = overview.villageAssociations.filter((row) => row.flagged);
  const overdueFeedback = overview.feedbackRows.filter((row) => row.outcome === 'overdue');
  const lateFeedback = overview.feedbackRows.filter((row) => row.outcome === 'late');
  const pending = overview.feedbackRows.filter((row) => row.outcome === 'pending');
  const onTime = overview.feedbackRows.filter((row) => row.outcome === 'on-time');
  const medianDays = useMedianDaysText(overview);
  const kernTable = (kernen: typeof overview.kernenNotVisited): Table => ({
    header: ['Kern', 'Soort'],
    rows: kernen.map((kern) => [kern.name, kern.kind]),
  });
  const reached = source.data.organisations.filter((organisation) =>
    overview.organisationsReached.some((r) => r.id === organisation.id),
  );

  const downloadWithContacts = async () => {
    setContactsFailed(false);
    try {
      // Logged first: personal data leaves the app only when the audit log has it.
      await client.request('/api/audit/contact-export', {
        method: 'POST',
        body: { list: 'organisations', rows: reached.length } satisfies ContactExportRequest,
      });
      downloadCsv('organisaties-met-contactgegevens.csv', organisationsTable(reached, names, true));
    } catch {
      setContactsFailed(true);
    }
  };

  return (
    <div class="overview">
      <section class="screen-section" aria-labelledby="ov-contact">
        <Heading level={2} id="ov-contact">
          {t('overview.section.contact')}
        </Heading>
        <div class="figures">
          <Figure
            value={n(overview.contacts.visits)}
            label={t('overview.figure.visits')}
            table={visitsTable(overview.visits.filter(isInPerson), names)}
            fileName="bezoeken"
          />
          <Figure
            value={n(overview.contacts.conversations)}
            label={t('overview.figure.conversations')}
            table={visitsTable(
              overview.visits.filter((visit) => !isInPerson(visit)),
              names,
            )}
            fileName="gesprekken"
          />
          <Figure
            value={n(overview.organisationsReached.length)}
            label={t('overview.figure.organisations')}
            table={organisationsTable(reached, names, false)}
            fileName="organisaties"
          >
            <Button type="button" onClick={() => void downloadWithContacts()}>
              {t('overview.downloadContacts')}
            </Button>
            <span class="muted">{t('overview.contactsNote')}</span>
            {contactsFailed && <span role="alert">{t('overview.contactsFailed')}</span>}
          </Figure>
          <Figure
            value={n(flagged.length)}
            label={t('overview.figure.pbFlagged', { days: String(DEFAULT_CONTACT_THRESHOLD_DAYS) })}
            table={villageAssociationsTable(overview.villageAssociations, names)}
            fileName="contact-plaatselijke-belangen"
            alert={flagged.length > 0}
          />
          <Figure
            value={n(overview.kernenNotVisited.length)}
            label={t('overview.figure.notVisited')}
            table={kernTable(overview.kernenNotVisited)}
            fileName="kernen-niet-bezocht"
            alert={overview.kernenNotVisited.length > 0}
          />
        </div>
        <VisitsChart overview={overview} kernen={source.data.kernen} period={choice.period} />
      </section>

      <section class="screen-section" aria-labelledby="ov-initiatives">
        <Heading level={2} id="ov-initiatives">
          {t('overview.section.initiatives')}
        </Heading>
        <div class="figures">
          <Figure
            value={n(overview.initiatives.length)}
            label={t('overview.figure.perStage')}
            table={initiativesTable(overview.initiatives, names)}
            fileName="initiatieven"
          />
          <Figure
            value={n(overview.newIdeas.length)}
            label={t('overview.figure.newIdeas')}
            table={initiativesTable(
              overview.newIdeas.map((initiative) => ({ initiative })),
              names,
            )}
            fileName="nieuwe-ideeen"
          />
          <Figure
            value={n(overview.nobodyPickedUp.length)}
            label={t('overview.figure.nobody')}
            table={initiativesTable(
              overview.nobodyPickedUp.map((initiative) => ({ initiative })),
              names,
            )}
            fileName="initiatieven-zonder-gebiedsverbinder"
            alert={overview.nobodyPickedUp.length > 0}
            emptyText={t('overview.nobodyEmpty')}
          >
            <a class="nl-link standalone-link" href="/initiatieven?niemand">
              {t('overview.nobodyOpen')}
            </a>
          </Figure>
        </div>
        <StagesChart overview={overview} />
      </section>

      <section class="screen-section" aria-labelledby="ov-feedback">
        <Heading level={2} id="ov-feedback">
          {t('overview.section.feedback')}
        </Heading>
        <div class="figures">
          <Figure
            value={
              overview.feedback.shareOnTime === null
                ? t('overview.none')
                : formatPercent(overview.feedback.shareOnTime, language)
            }
            label={t('overview.figure.shareOnTime')}
            table={feedbackTable(onTime, names)}
            fileName="terugkoppeling-op-tijd"
          />
          <Figure
            value={medianDays}
            label={t('overview.figure.median')}
            table={feedbackTable(overview.feedbackRows, names)}
            fileName="terugkoppeling"
          />
          <Figure
            value={n(lateFeedback.length)}
            label={t('overview.figure.late')}
            table={feedbackTable(lateFeedback, names)}
            fileName="terugkoppeling-te-laat"
          />
          <Figure
            value={n(overdueFeedback.length)}
            label={t('overview.figure.overdue')}
            table={feedbackTable(overdueFeedback, names)}
            fileName="terugkoppeling-nog-niet-gegeven"
            alert={overdueFeedback.length > 0}
          />
          <Figure
            value={n(pending.length)}
            label={t('overview.figure.pending')}
            table={feedbackTable(pending, names)}
            fileName="terugkoppeling-termijn-loopt"
          />
        </div>
        <FeedbackChart overview={overview} />
      </section>

      <section class="screen-section" aria-labelledby="ov-work">
        <Heading level={2} id="ov-work">
          {t('overview.section.work')}
        </Heading>
        <div class="figures">
          <Figure
            value={n(overview.overdueActions.length)}
            label={t('overview.figure.actionsOverdue')}
            table={actionsTable(overview.overdueActions, names)}
            fileName="acties-over-tijd"
            alert={overview.overdueActions.length > 0}
          />
        </div>
        <DataTable
          table={overdueActionsPerConnectorTable(overview, names)}
          caption={t('overview.figure.actionsOverdue')}
          language={language}
        />
      </section>

      <section class="screen-section" aria-labelledby="ov-fund">
        <Heading level={2} id="ov-fund">
          {t('overview.section.noaberfonds')}
        </Heading>
        <div class="figures">
          <Figure
            value={n(overview.noaberfonds[0]?.count ?? 0)}
            label={t('overview.figure.noaberfondsRequests')}
            table={noaberfondsTable(overview.noaberfonds)}
            fileName="noaberfonds"
          />
        </div>
        <DataTable
          table={noaberfondsTable(overview.noaberfonds)}
          caption={t('overview.section.noaberfonds')}
          language={language}
        />
      </section>

      <section class="screen-section" aria-labelledby="ov-satisfaction">
        <Heading level={2} id="ov-satisfaction">
          {t('overview.section.satisfaction')}
        </Heading>
        {overview.satisfaction === null ? (
          <p class="muted">{t('overview.noSatisfaction')}</p>
        ) : (
          <p>
            <span class="figure-value">
              {formatNumber(overview.satisfaction.average, language, 1)}
            </span>{' '}
            {t(
              plural(
                overview.satisfaction.answers,
                'overview.figure.satisfactionOne',
                'overview.figure.satisfaction',
              ),
              { count: n(overview.satisfaction.answers) },
            )}
          </p>
        )}
      </section>

      <section class="screen-section" aria-labelledby="ov-kernen">
        <Heading level={2} id="ov-kernen">
          {t('overview.section.perKern')}
        </Heading>
        <DataTable
          table={perKernTable(overview.perKern)}
          caption={t('overview.section.perKern')}
          language={language}
        />
        <p>
          <Button
            type="button"
            onClick={() => downloadCsv('per-kern.csv', perKernTable(overview.perKern))}
          >
            {t('overview.download')}
          </Button>
        </p>
      </section>
    </div>
  );
}
