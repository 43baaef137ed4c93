import { Screen } from '../components/Screen.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function KernenScreen() {
  const { t } = useI18n();
  return (
    <Screen title={t('kernen.title')}>
      <p class="empty-state">{t('kernen.empty')}</p>
    </Screen>
  );
}
