import { useRoute } from 'preact-iso/router';
import { Screen } from '../components/Screen.tsx';
import { useKernen } from '../data/useReference.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { PersonForm } from './PersonForm.tsx';

/** Add a contact person to a kern, with a role in one of its organisations if they have one. */
export function NewPersonScreen() {
  const { t } = useI18n();
  const { params } = useRoute();
  const kernId = params['id'] ?? '';
  const kern = useKernen().find((candidate) => candidate.id === kernId);
  return (
    <Screen title={t('person.newIn', { kern: kern?.name ?? '' })}>
      <PersonForm kernId={kernId} />
    </Screen>
  );
}
