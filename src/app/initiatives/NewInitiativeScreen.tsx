import { Screen } from '../components/Screen.tsx';
import { useRecordText } from '../i18n/record-text.ts';
import { InitiativeForm } from './InitiativeForm.tsx';
import { NoCreateHere, whyNoCreate } from '../components/PermissionNotes.tsx';
import { usePermissions } from '../data/usePermissions.ts';
import { useKernen } from '../data/useReference.ts';

/** Register an initiative a resident brought in; the connector who registers it follows it. */
export function NewInitiativeScreen() {
  const { t } = useRecordText();
  const cannotCreate = whyNoCreate(usePermissions(), 'initiatives', useKernen());
  return (
    <Screen title={t('initiative.new')}>
      {cannotCreate ? <NoCreateHere reason={cannotCreate} /> : <InitiativeForm />}
    </Screen>
  );
}
