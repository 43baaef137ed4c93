import { useRoute } from 'preact-iso/router';
import { personById } from '../../db/queries/kern-queries.ts';
import { Screen } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { PersonForm } from './PersonForm.tsx';

/** Change a contact person and their roles, offline. */
export function EditPersonScreen() {
  const { t } = useRecordText();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { db } = useLocalData();
  const live = useLive(() => personById(db, id), [db, id]);
  if (live.status !== 'ready') return null;
  const person = live.value;
  if (!person) {
    return (
      <Screen title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
      </Screen>
    );
  }
  return (
    <Screen title={t('person.editTitle', { name: person.name })}>
      <PersonForm key={person.id} person={person} />
    </Screen>
  );
}
