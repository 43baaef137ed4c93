import { Screen } from '../components/Screen.tsx';
import { useRecordText } from '../i18n/record-text.ts';
import { InitiativeForm } from './InitiativeForm.tsx';

/** Register an initiative a resident brought in; the connector who registers it follows it. */
export function NewInitiativeScreen() {
  const { t } = useRecordText();
  return (
    <Screen title={t('initiative.new')}>
      <InitiativeForm />
    </Screen>
  );
}
