import { Screen } from '../components/Screen.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InitiativeForm } from './InitiativeForm.tsx';

/** Register an initiative a resident brought in; the connector who registers it follows it. */
export function NewInitiativeScreen() {
  const { t } = useI18n();
  return (
    <Screen title={t('initiative.new')}>
      <InitiativeForm />
    </Screen>
  );
}
