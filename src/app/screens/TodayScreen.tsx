import { useEffect, useState } from 'preact/hooks';
import lazy from 'preact-iso/lazy';
import { completeAction, reopenAction } from '../../db/repositories/actions.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import {
  myFeedbackDue,
  myOpenActions,
  myRecentVisits,
  nobodyPickedUp,
} from '../../db/queries/today-queries.ts';
import { formatCivilDate, formatLongDate } from '../../shared/dutch-format.ts';
import { currentNotes } from '../../shared/records/visit-notes.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Button, ButtonLink } from '../components/nlds/Button.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { doesFieldWork } from '../../shared/permissions/account.ts';
import { useAuth } from '../auth/auth-context.tsx';

/** Residents' new ideas: a section of its own that loads after the first paint. */
const ResidentIdeas = lazy(() => import('./ResidentIdeas.tsx'));

/** How long "Klaar" can be taken back. */
const UNDO_MS = 8000;

/** How much of a visit's notes the list shows. */
const NOTES_PREVIEW_LENGTH = 120;

/** The first screen of a working day: what needs doing, who waits for an answer, what was done. */
export function TodayScreen() {
  const { t, language } = useI18n();
  const { db, userId, writer } = useLocalData();
  const { state } = useAuth();
  // A beheerder or teamleider without a field role logs no visits (src/shared/permissions).
  const fieldWork = state.status === 'signed-in' && doesFieldWork(state.user);
  const today = municipalToday(Date.now());
  const actions = useLive(() => myOpenActions(db, userId), [db, userId]);
  const feedback = useLive(() => myFeedbackDue(db, userId, today), [db, userId, today]);
  const visits = useLive(() => myRecentVisits(db, userId), [db, userId]);
  const kernen = useKernen();
  const kernName = (id: string) => kernen.find((kern) => kern.id === id)?.name ?? '';
  // The write path (schemas, repository) loads on first use: it is not needed to show Vandaag.
  const kernIds = state.status === 'signed-in' ? state.user.kernIds : [];
  const unclaimed = useLive(() => nobodyPickedUp(db, kernIds), [db, kernIds.join()]);
  // A tap on "Klaar" can be taken back for a few seconds: the action is done at once (and
  // syncs), "Ongedaan maken" reopens it.
  const [done, setDone] = useState<{ id: string; what: string }>();
  useEffect(() => {
    if (!done) return undefined;
    const timer = setTimeout(() => setDone(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [done]);
  const completeLater = async (id: string, what: string) => {
    setDone({ id, what });
    await completeAction(db, id, today, writer);
  };
  const undo = async (id: string) => {
    setDone(undefined);
    await reopenAction(db, id, writer);
  };

  return (
    <Screen title={t('today.title')}>
      <Paragraph lead>{formatLongDate(new Date(), language)}</Paragraph>
      {fieldWork && (
        <p>
          <ButtonLink appearance="primary" large href="/bezoek/nieuw">
            {t('visit.new')}
          </ButtonLink>
        </p>
      )}
      {done && (
        <p class="undo-notice" role="status">
          {t('today.doneNotice', { what: done.what })}{' '}
          <Button type="button" onClick={() => void undo(done.id)}>
            {t('today.undo')}
          </Button>
        </p>
      )}
      <ScreenSection title={t('today.actions')} emptyText={t('today.actionsEmpty')}>
        {actions.status === 'ready' && actions.value.length > 0 && (
          <ul class="plain-list">
            {actions.value.map((action) => (
              <li key={action.id} class="list-row">
                <span>
                  <span class="item-title">{action.what}</span>
                  {action.requestedById && action.requestedById !== userId && (
                    // Only a teamleider's review note is set for someone else (the app
                    // makes a connector's follow-ups their own).
                    <span class="item-meta">{t('today.fromTeamLead')}</span>
                  )}
                  <span class={action.dueDate < today ? 'item-meta overdue' : 'item-meta muted'}>
                    {t(action.dueDate < today ? 'today.overdueSince' : 'today.dueOn', {
                      date: formatCivilDate(action.dueDate, language),
                    })}
                  </span>
                </span>
                <Button type="button" onClick={() => void completeLater(action.id, action.what)}>
                  {t('today.done')}
                  <span class="visually-hidden">: {action.what}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </ScreenSection>
      <ScreenSection title={t('today.feedbackDue')} emptyText={t('today.feedbackDueEmpty')}>
        {feedback.status === 'ready' && feedback.value.length > 0 && (
          <ul class="plain-list">
            {feedback.value.map((initiative) => (
              <li key={initiative.id} class="list-row">
                <span>
                  <span class="item-title">{initiative.title}</span>
                  <span
                    class={
                      initiative.feedbackDeadline < today ? 'item-meta overdue' : 'item-meta muted'
                    }
                  >
                    {initiative.feedbackDeadline < today
                      ? t('today.feedbackLate')
                      : t('today.feedbackBy')}{' '}
                    {formatCivilDate(initiative.feedbackDeadline, language)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </ScreenSection>
      {state.status === 'signed-in' && (
        <ResidentIdeas kernIds={kernIds} leadsTeam={state.user.roles.includes('teamleider')} />
      )}
      {unclaimed.status === 'ready' && unclaimed.value.length > 0 && (
        <ScreenSection title={t('today.unclaimed')} emptyText="">
          <ul class="plain-list">
            {unclaimed.value.map((initiative) => (
              <li key={initiative.id} class="list-row">
                <a class="nl-link item-title" href={`/initiatieven/${initiative.id}`}>
                  {initiative.title}
                </a>
              </li>
            ))}
          </ul>
        </ScreenSection>
      )}
      <ScreenSection title={t('today.recentVisits')} emptyText={t('today.recentVisitsEmpty')}>
        {visits.status === 'ready' && visits.value.length > 0 && (
          <ul class="plain-list">
            {visits.value.map((visit) => (
              <li key={visit.id} class="list-row">
                <span>
                  <a class="nl-link item-title" href={`/bezoeken/${visit.id}`}>
                    {formatCivilDate(visit.date, language)} · {kernName(visit.kernId)}
                  </a>
                  <span class="item-meta muted">
                    {currentNotes(visit).slice(0, NOTES_PREVIEW_LENGTH)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </ScreenSection>
    </Screen>
  );
}
