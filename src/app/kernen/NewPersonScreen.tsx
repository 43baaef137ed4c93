import { useRoute } from 'preact-iso/router';
import { Screen } from '../components/Screen.tsx';
import { useKernen } from '../data/useReference.ts';
import { usePermissions } from '../data/usePermissions.ts';
import { NoCreateHere } from '../components/PermissionNotes.tsx';
import { useRecordText } from '../i18n/record-text.ts';
import { PersonForm } from './PersonForm.tsx';

/** Add a contact person to a kern, with a role in one of its organisations if they have one. */
export function NewPersonScreen() {
  const { t } = useRecordText();
  const { params } = useRoute();
  const kernId = params['id'] ?? '';
  const kern = useKernen().find((candidate) => candidate.id === kernId);
  // Opened by its address in a kern this account does not work in: say why, offer no form.
  const cannotCreate = usePermissions().whyNotCreateIn('people', kernId);
  return (
    <Screen title={t('person.newIn', { kern: kern?.name ?? '' })}>
      {cannotCreate ? <NoCreateHere reason={cannotCreate} /> : <PersonForm kernId={kernId} />}
    </Screen>
  );
}
