import { formatLongDate } from '../../shared/dutch-format.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** The first screen of a working day: what needs doing, what is due, what was done. */
export function TodayScreen() {
  const { t, language } = useI18n();
  return (
    <Screen title={t('today.title')}>
      <p class="lead">{formatLongDate(new Date(), language)}</p>
      <ScreenSection title={t('today.actions')} emptyText={t('today.actionsEmpty')} />
      <ScreenSection title={t('today.feedbackDue')} emptyText={t('today.feedbackDueEmpty')} />
      <ScreenSection title={t('today.recentVisits')} emptyText={t('today.recentVisitsEmpty')} />
    </Screen>
  );
}
