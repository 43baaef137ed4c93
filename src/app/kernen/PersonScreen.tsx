import { useRoute } from 'preact-iso/router';
import { personById, visitsWith } from '../../db/queries/kern-queries.ts';
import { Screen } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { VisitHistory } from './VisitHistory.tsx';

/** A contact person: how to reach them, why we keep their data, and the visits they were at. */
export function PersonScreen() {
  const { t } = useI18n();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { db } = useLocalData();
  const kernen = useKernen();
  const live = useLive(() => personById(db, id), [db, id]);
  const visits = useLive(() => visitsWith(db, 'personIds', id), [db, id]);
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
    <Screen title={person.name}>
      <dl class="facts">
        <dt>{t('visit.kern')}</dt>
        <dd>{kernen.find((kern) => kern.id === person.kernId)?.name ?? ''}</dd>
        {person.phone && (
          <>
            <dt>{t('field.phone')}</dt>
            <dd>{person.phone}</dd>
          </>
        )}
        {person.email && (
          <>
            <dt>{t('field.email')}</dt>
            <dd>{person.email}</dd>
          </>
        )}
        <dt>{t('person.dataBasis')}</dt>
        <dd>{person.dataBasis}</dd>
      </dl>
      <VisitHistory visits={visits} />
    </Screen>
  );
}
