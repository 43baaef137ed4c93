import { useRoute } from 'preact-iso/router';
import { organisationById } from '../../db/queries/kern-queries.ts';
import { Screen } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { OrganisationForm } from './OrganisationForm.tsx';

/**
 * Change an organisation, offline. The form starts from the record as it is when the screen
 * opens and keeps what is typed when the record changes meanwhile (e.g. by a sync).
 */
export function EditOrganisationScreen() {
  const { t } = useRecordText();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { db } = useLocalData();
  const live = useLive(() => organisationById(db, id), [db, id]);
  if (live.status !== 'ready') return null;
  const organisation = live.value;
  if (!organisation) {
    return (
      <Screen title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
      </Screen>
    );
  }
  return (
    <Screen title={t('organisation.editTitle', { name: organisation.name })}>
      <OrganisationForm key={organisation.id} organisation={organisation} />
    </Screen>
  );
}
