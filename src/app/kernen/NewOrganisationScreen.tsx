import { useRoute } from 'preact-iso/router';
import { Screen } from '../components/Screen.tsx';
import { useKernen } from '../data/useReference.ts';
import { usePermissions } from '../data/usePermissions.ts';
import { NoCreateHere } from '../components/PermissionNotes.tsx';
import { useRecordText } from '../i18n/record-text.ts';
import { OrganisationForm } from './OrganisationForm.tsx';

/** Add an organisation to a kern: name and kind at least; contact details if known. */
export function NewOrganisationScreen() {
  const { t } = useRecordText();
  const { params } = useRoute();
  const kernId = params['id'] ?? '';
  const kern = useKernen().find((candidate) => candidate.id === kernId);
  // Opened by its address in a kern this account does not work in: say why, offer no form.
  const cannotCreate = usePermissions().whyNotCreateIn('organisations', kernId);
  return (
    <Screen title={t('organisation.newIn', { kern: kern?.name ?? '' })}>
      {cannotCreate ? <NoCreateHere reason={cannotCreate} /> : <OrganisationForm kernId={kernId} />}
    </Screen>
  );
}
