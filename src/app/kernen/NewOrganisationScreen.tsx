import { useRoute } from 'preact-iso/router';
import { Screen } from '../components/Screen.tsx';
import { useKernen } from '../data/useReference.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { OrganisationForm } from './OrganisationForm.tsx';

/** Add an organisation to a kern: name and kind at least; contact details if known. */
export function NewOrganisationScreen() {
  const { t } = useI18n();
  const { params } = useRoute();
  const kernId = params['id'] ?? '';
  const kern = useKernen().find((candidate) => candidate.id === kernId);
  return (
    <Screen title={t('organisation.newIn', { kern: kern?.name ?? '' })}>
      <OrganisationForm kernId={kernId} />
    </Screen>
  );
}
