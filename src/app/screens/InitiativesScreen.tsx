import { Screen } from '../components/Screen.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function InitiativesScreen() {
  const { t } = useI18n();
  return (
    <Screen title={t('initiatives.title')}>
      <p class="empty-state">{t('initiatives.empty')}</p>
    </Screen>
  );
}
