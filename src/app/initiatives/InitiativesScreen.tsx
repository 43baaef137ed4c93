import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import {
  isFiltered,
  listInitiatives,
  type InitiativeFilter,
} from '../../db/queries/initiative-queries.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { feedbackState } from '../../shared/dates/feedback-deadline.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import {
  INITIATIVE_STATUSES,
  type InitiativeStatus,
} from '../../shared/records/initiative-status.ts';
import { Screen } from '../components/Screen.tsx';
import { KernSelect } from '../components/form/KernSelect.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { usePermissions } from '../data/usePermissions.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { FEEDBACK_STATE_LABELS, STATUS_LABELS } from './labels.ts';
import { ButtonLink } from '../components/nlds/Button.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Select } from '../components/form/Select.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { Heading } from '../components/nlds/Heading.tsx';

/**
 * The initiatives of one kern as links, newest first, with a link to all of them: the list
 * beside the chosen initiative on a laptop (`current` is marked as the current page).
 */
export function InitiativeLinks({ kernId, current }: { kernId: string; current: string }) {
  const { t } = useRecordText();
  const { db } = useLocalData();
  const today = municipalToday(Date.now());
  const kern = useKernen().find((candidate) => candidate.id === kernId);
  const initiatives = useLive(() => listInitiatives(db, { kernId }, today), [db, kernId, today]);
  return (
    <>
      <Heading level={2}>{t('initiatives.inKern', { kern: kern?.name ?? '' })}</Heading>
      <p>
        <a class="nl-link standalone-link" href="/initiatieven">
          {t('initiatives.all')}
        </a>
      </p>
      {initiatives.status === 'ready' && (
        <ul class="plain-list">
          {initiatives.value.map((initiative) => (
            <li key={initiative.id} class="list-row">
              <span>
                <a
                  class="nl-link item-title"
                  href={`/initiatieven/${initiative.id}`}
                  aria-current={initiative.id === current ? 'page' : undefined}
                >
                  {initiative.title}
                </a>
                <span class="item-meta muted">{t(STATUS_LABELS[initiative.status])}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** All initiatives on the device, filtered by kern, status, connector and late feedback. */
export default function InitiativesScreen() {
  const { t, language } = useRecordText();
  const { db, userId } = useLocalData();
  const kernen = useKernen();
  const today = municipalToday(Date.now());
  // `?niemand` (from the Overzicht) opens the list of those nobody has picked up.
  const { query } = useLocation();
  const [filter, setFilter] = useState<InitiativeFilter>(() =>
    'niemand' in query ? { nobody: true } : {},
  );
  const initiatives = useLive(() => listInitiatives(db, filter, today), [db, filter, today]);
  const kernName = (id: string) => kernen.find((kern) => kern.id === id)?.name ?? '';
  const mayRegister =
    usePermissions().kernenToCreateIn(
      'initiatives',
      kernen.map((kern) => kern.id),
    ).length > 0;

  return (
    <Screen title={t('initiatives.title')}>
      {mayRegister && (
        <p>
          <ButtonLink appearance="primary" href="/initiatieven/nieuw">
            {t('initiative.new')}
          </ButtonLink>
        </p>
      )}
      <form
        class="filters"
        aria-label={t('initiatives.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <KernSelect
          id="filter-kern"
          kernen={kernen}
          value={filter.kernId ?? ''}
          onChange={(kernId) => setFilter({ ...filter, kernId: kernId || undefined })}
          allLabel={t('initiatives.allKernen')}
        />
        <Field id="filter-status" label={t('initiative.status')}>
          <Select
            id="filter-status"
            value={filter.status ?? ''}
            onChange={(e) =>
              setFilter({
                ...filter,
                status: (e.currentTarget.value || undefined) as InitiativeStatus | undefined,
              })
            }
          >
            <option value="">{t('initiatives.allStatuses')}</option>
            {INITIATIVE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_LABELS[status])}
              </option>
            ))}
          </Select>
        </Field>
        <label class="utrecht-form-label utrecht-form-label--checkbox choice">
          <input
            type="checkbox"
            class="utrecht-checkbox utrecht-checkbox--html-input"
            checked={filter.connectorId === userId}
            onChange={(e) =>
              setFilter({ ...filter, connectorId: e.currentTarget.checked ? userId : undefined })
            }
          />
          <span>{t('initiatives.mine')}</span>
        </label>
        <label class="utrecht-form-label utrecht-form-label--checkbox choice">
          <input
            type="checkbox"
            class="utrecht-checkbox utrecht-checkbox--html-input"
            checked={filter.feedbackLate === true}
            onChange={(e) =>
              setFilter({ ...filter, feedbackLate: e.currentTarget.checked || undefined })
            }
          />
          <span>{t('initiatives.feedbackLate')}</span>
        </label>
        <label class="utrecht-form-label utrecht-form-label--checkbox choice">
          <input
            type="checkbox"
            class="utrecht-checkbox utrecht-checkbox--html-input"
            checked={filter.nobody === true}
            onChange={(e) => setFilter({ ...filter, nobody: e.currentTarget.checked || undefined })}
          />
          <span>{t('initiatives.nobody')}</span>
        </label>
      </form>
      {initiatives.status === 'ready' && initiatives.value.length === 0 && (
        <Paragraph muted>
          {filter.nobody && Object.keys(filter).length === 1
            ? t('initiatives.emptyNobody')
            : isFiltered(filter)
              ? t('initiatives.emptyFiltered')
              : t('initiatives.empty')}
        </Paragraph>
      )}
      {initiatives.status === 'ready' && (
        <ul class="plain-list" aria-label={t('initiatives.title')}>
          {initiatives.value.map((initiative) => {
            const state = feedbackState(
              initiative.feedbackDeadline,
              initiative.feedbackLog[0]?.date,
              today,
            );
            return (
              <li key={initiative.id} class="list-row">
                <span>
                  <a class="nl-link item-title" href={`/initiatieven/${initiative.id}`}>
                    {initiative.title}
                  </a>
                  <span class="item-meta muted">
                    {kernName(initiative.kernId)} · {t(STATUS_LABELS[initiative.status])} ·{' '}
                    {formatCivilDate(initiative.registeredOn, language)}
                  </span>
                  <span
                    class={
                      state === 'overdue' || state === 'late'
                        ? 'item-meta overdue'
                        : 'item-meta muted'
                    }
                  >
                    {t(FEEDBACK_STATE_LABELS[state])}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Screen>
  );
}
