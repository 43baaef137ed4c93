import { useRoute } from 'preact-iso/router';
import {
  actionsOfInitiative,
  initiativeById,
  visitsAboutInitiative,
} from '../../db/queries/initiative-queries.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { feedbackState } from '../../shared/dates/feedback-deadline.ts';
import { formatCivilDate, formatDateTime } from '../../shared/dutch-format.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { VisitHistory } from '../kernen/VisitHistory.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { FeedbackLog } from './FeedbackLog.tsx';
import { ResidentSection } from './ResidentSection.tsx';
import { InitiativeFacts } from './InitiativeFacts.tsx';
import { FEEDBACK_STATE_LABELS, STATUS_LABELS } from './labels.ts';
import { StatusChangeForm } from './StatusChangeForm.tsx';
import { AssignConnectorForm } from './AssignConnectorForm.tsx';
import { EditOrWhyNot } from '../components/EditOrWhyNot.tsx';
import { usePermissions } from '../data/usePermissions.ts';
import { ReviewNoteForm } from './ReviewNoteForm.tsx';
import { SplitView } from '../components/SplitView.tsx';
import { InitiativeLinks } from './InitiativesScreen.tsx';

/** What a status step changes: the model is asked before the form is offered. */
const STATUS_FIELDS = ['status', 'statusHistory', 'updatedAt'];
import { Heading } from '../components/nlds/Heading.tsx';
import { SyncMark } from '../sync/SyncMark.tsx';

/** One initiative: where it stands, its history as a timeline, and what the initiator was told. */
export function InitiativeScreen() {
  const { t, language } = useRecordText();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { db } = useLocalData();
  const kernen = useKernen();
  const live = useLive(() => initiativeById(db, id), [db, id]);
  const visits = useLive(() => visitsAboutInitiative(db, id), [db, id]);
  const actions = useLive(() => actionsOfInitiative(db, id), [db, id]);
  const today = municipalToday(Date.now());
  const { mayChangeFields, connectorsOf } = usePermissions();

  if (live.status !== 'ready') return null;
  const initiative = live.value;
  if (!initiative) {
    return (
      <Screen title={t('notFound.title')}>
        <p>{t('initiative.notFound')}</p>
      </Screen>
    );
  }
  const state = feedbackState(initiative.feedbackDeadline, initiative.feedbackLog[0]?.date, today);
  const kernName = kernen.find((kern) => kern.id === initiative.kernId)?.name ?? '';
  return (
    <SplitView
      label={t('initiatives.inKern', { kern: kernName })}
      list={() => <InitiativeLinks kernId={initiative.kernId} current={initiative.id} />}
    >
      <Screen title={initiative.title}>
        <SyncMark recordId={initiative.id} />
        <dl class="facts">
          <dt>{t('initiative.status')}</dt>
          <dd>{t(STATUS_LABELS[initiative.status])}</dd>
          <dt>{t('visit.kern')}</dt>
          <dd>{kernName}</dd>
          <dt>{t('initiative.connector')}</dt>
          <dd>
            {initiative.assignedConnectorId === null
              ? t('initiative.connectorNone')
              : (connectorsOf(initiative.kernId).find(
                  (colleague) => colleague.id === initiative.assignedConnectorId,
                )?.displayName ?? t('initiative.connectorUnknown'))}
          </dd>
          <dt>{t('initiative.feedbackDeadline')}</dt>
          <dd>
            {formatCivilDate(initiative.feedbackDeadline, language)} ·{' '}
            <span class={state === 'overdue' || state === 'late' ? 'overdue' : ''}>
              {t(FEEDBACK_STATE_LABELS[state])}
            </span>
          </dd>
        </dl>
        {initiative.description && <p>{initiative.description}</p>}
        <ResidentSection
          initiative={initiative}
          mayJudge={mayChangeFields('initiatives', initiative, ['status', 'updatedAt'])}
        />
        <InitiativeFacts initiative={initiative} />
        <EditOrWhyNot
          table="initiatives"
          record={initiative}
          href={`/initiatieven/${initiative.id}/wijzigen`}
        />
        {mayChangeFields('initiatives', initiative, STATUS_FIELDS) && (
          <StatusChangeForm initiative={initiative} />
        )}
        {mayChangeFields('initiatives', initiative, ['assignedConnectorId', 'updatedAt']) &&
          !mayChangeFields('initiatives', initiative, ['title', 'updatedAt']) && (
            <AssignConnectorForm initiative={initiative} />
          )}
        <section class="screen-section" aria-labelledby="timeline-title">
          <Heading level={2} id="timeline-title">
            {t('initiative.timeline')}
          </Heading>
          <ol class="timeline">
            {initiative.statusHistory.map((change) => (
              <li key={change.at}>
                <span class="item-title">{t(STATUS_LABELS[change.to])}</span>
                <span class="item-meta muted">{formatDateTime(new Date(change.at), language)}</span>
                {change.reason && <span class="item-meta">{change.reason}</span>}
              </li>
            ))}
          </ol>
        </section>
        <FeedbackLog
          initiative={initiative}
          mayAdd={mayChangeFields('initiatives', initiative, ['feedbackLog', 'updatedAt'])}
        />
        <ReviewNoteForm reviewed={{ table: 'initiatives', record: initiative }} />
        <ScreenSection title={t('initiative.actions')} emptyText={t('initiative.noActions')}>
          {actions.status === 'ready' && actions.value.length > 0 && (
            <ul class="plain-list">
              {actions.value.map((action) => (
                <li key={action.id} class="list-row">
                  <span>
                    <span class="item-title">{action.what}</span>
                    <span class="item-meta muted">
                      {action.done
                        ? t('initiative.actionDone')
                        : formatCivilDate(action.dueDate, language)}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </ScreenSection>
        <VisitHistory visits={visits} />
      </Screen>
    </SplitView>
  );
}
