import { Screen } from '../components/Screen.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export function NotFoundScreen() {
  const { t } = useI18n();
  return (
    <Screen title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <a class="nl-link" href="/">
          {t('notFound.home')}
        </a>
      </p>
    </Screen>
  );
}
