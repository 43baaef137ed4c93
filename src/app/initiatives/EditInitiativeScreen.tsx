import { useRoute } from 'preact-iso/router';
import { initiativeById } from '../../db/queries/initiative-queries.ts';
import { Screen } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { InitiativeForm } from './InitiativeForm.tsx';

/** Change an initiative's fields, offline; its status changes on the initiative's own screen. */
export function EditInitiativeScreen() {
  const { t } = useRecordText();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { db } = useLocalData();
  const live = useLive(() => initiativeById(db, id), [db, id]);
  if (live.status !== 'ready') return null;
  const initiative = live.value;
  if (!initiative) {
    return (
      <Screen title={t('notFound.title')}>
        <p>{t('initiative.notFound')}</p>
      </Screen>
    );
  }
  return (
    <Screen title={t('initiative.editTitle')}>
      <InitiativeForm key={initiative.id} initiative={initiative} />
    </Screen>
  );
}
