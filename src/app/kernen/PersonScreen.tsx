import { MailLink, PhoneLink } from '../components/ContactLinks.tsx';
import { useRoute } from 'preact-iso/router';
import { organisationsByIds, personById, visitsWith } from '../../db/queries/kern-queries.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { MEMBERSHIP_ROLE_LABELS } from './labels.ts';
import { EditOrWhyNot } from '../components/EditOrWhyNot.tsx';
import { VisitHistory } from './VisitHistory.tsx';
import { SyncMark } from '../sync/SyncMark.tsx';
import { useAuth } from '../auth/auth-context.tsx';
import { mayActOnPersonRights } from '../../shared/permissions/account.ts';

/**
 * A contact person: how to reach them, why we keep their data, their roles (also those that
 * ended) and the visits they were at.
 */
export function PersonScreen() {
  const { t, language } = useRecordText();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { db } = useLocalData();
  const { state } = useAuth();
  const account = state.status === 'signed-in' ? state.user : null;
  const kernen = useKernen();
  const live = useLive(() => personById(db, id), [db, id]);
  const visits = useLive(() => visitsWith(db, 'personIds', id), [db, id]);
  const person = live.status === 'ready' ? live.value : undefined;
  const heldIds = person?.memberships.map((m) => m.organisationId).join(',') ?? '';
  const organisations = useLive(
    () => organisationsByIds(db, heldIds.split(',').filter(Boolean)),
    [db, heldIds],
  );
  if (live.status !== 'ready') return null;
  if (!person) {
    return (
      <Screen title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
      </Screen>
    );
  }
  const organisation = (organisationId: string) =>
    organisations.status === 'ready'
      ? organisations.value.find((candidate) => candidate.id === organisationId)
      : undefined;
  return (
    <Screen title={person.name}>
      <SyncMark recordId={person.id} />
      <dl class="facts">
        <dt>{t('visit.kern')}</dt>
        <dd>{kernen.find((kern) => kern.id === person.kernId)?.name ?? ''}</dd>
        {person.phone && (
          <>
            <dt>{t('field.phone')}</dt>
            <dd>
              <PhoneLink number={person.phone} />
            </dd>
          </>
        )}
        {person.email && (
          <>
            <dt>{t('field.email')}</dt>
            <dd>
              <MailLink address={person.email} />
            </dd>
          </>
        )}
        <dt>{t('person.dataBasis')}</dt>
        <dd>{person.dataBasis}</dd>
      </dl>
      <EditOrWhyNot table="people" record={person} href={`/personen/${person.id}/wijzigen`} />
      {account && mayActOnPersonRights(account, person.kernId) && (
        <p>
          <a class="nl-link" href={`/personen/${person.id}/privacy`}>
            {t('person.privacy')}
          </a>
        </p>
      )}
      <ScreenSection title={t('person.roles')} emptyText={t('person.noRoles')}>
        {person.memberships.length > 0 && (
          <ul class="plain-list">
            {person.memberships.map((membership, index) => {
              const held = organisation(membership.organisationId);
              return (
                <li key={index} class="list-row">
                  <span>
                    <span class="item-title">
                      {t(MEMBERSHIP_ROLE_LABELS[membership.role])}
                      {held && (
                        <>
                          {' · '}
                          <a class="nl-link" href={`/organisaties/${held.id}`}>
                            {held.name}
                          </a>
                        </>
                      )}
                    </span>
                    <span class="item-meta muted">
                      {[
                        membership.startDate &&
                          t('person.since', {
                            date: formatCivilDate(membership.startDate, language),
                          }),
                        membership.endDate &&
                          t('organisation.until', {
                            date: formatCivilDate(membership.endDate, language),
                          }),
                      ]
                        .filter(Boolean)
                        .join(' ')}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </ScreenSection>
      <VisitHistory visits={visits} />
    </Screen>
  );
}
