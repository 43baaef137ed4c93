import { MailLink, PhoneLink } from '../components/ContactLinks.tsx';
import { useRoute } from 'preact-iso/router';
import { membersOf, organisationById, visitsWith } from '../../db/queries/kern-queries.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen, useOrganisationKinds } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { MEMBERSHIP_ROLE_LABELS } from './labels.ts';
import { EditOrWhyNot } from '../components/EditOrWhyNot.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { VisitHistory } from './VisitHistory.tsx';
import { SyncMark } from '../sync/SyncMark.tsx';

/** An organisation, its people and roles, and its visit history (also after it dissolved). */
export function OrganisationScreen() {
  const { t, language } = useRecordText();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { db } = useLocalData();
  const kernen = useKernen();
  const kinds = useOrganisationKinds();
  const live = useLive(() => organisationById(db, id), [db, id]);
  const members = useLive(() => membersOf(db, id), [db, id]);
  const visits = useLive(() => visitsWith(db, 'organisationIds', id), [db, id]);
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
    <Screen title={organisation.name}>
      <SyncMark recordId={organisation.id} />
      <dl class="facts">
        <dt>{t('organisation.kind')}</dt>
        <dd>{kinds.find((kind) => kind.id === organisation.kindId)?.name ?? ''}</dd>
        <dt>{t('visit.kern')}</dt>
        <dd>
          {organisation.kernIds
            .map((kernId) => kernen.find((k) => k.id === kernId)?.name ?? '')
            .join(', ')}
        </dd>
        <dt>{t('organisation.status')}</dt>
        <dd class="first-capital">
          {organisation.status === 'opgeheven' && organisation.endDate
            ? t('organisation.dissolvedOn', {
                date: formatCivilDate(organisation.endDate, language),
              })
            : t(`organisationStatus.${organisation.status}`)}
        </dd>
        {organisation.address && (
          <>
            <dt>{t('organisation.address')}</dt>
            <dd>{organisation.address}</dd>
          </>
        )}
        {organisation.email && (
          <>
            <dt>{t('field.email')}</dt>
            <dd>
              <MailLink address={organisation.email} />
            </dd>
          </>
        )}
        {organisation.phone && (
          <>
            <dt>{t('field.phone')}</dt>
            <dd>
              <PhoneLink number={organisation.phone} />
            </dd>
          </>
        )}
        {organisation.website && (
          <>
            <dt>{t('organisation.website')}</dt>
            <dd>{organisation.website}</dd>
          </>
        )}
      </dl>
      {organisation.notes && <Paragraph>{organisation.notes}</Paragraph>}
      <EditOrWhyNot
        table="organisations"
        record={organisation}
        href={`/organisaties/${organisation.id}/wijzigen`}
      />
      <ScreenSection title={t('organisation.people')} emptyText={t('organisation.noPeople')}>
        {members.status === 'ready' && members.value.length > 0 && (
          <ul class="plain-list">
            {members.value.map((person) => (
              <li key={person.id} class="list-row">
                <span>
                  <a class="nl-link item-title" href={`/personen/${person.id}`}>
                    {person.name}
                  </a>
                  {person.memberships
                    .filter((m) => m.organisationId === id)
                    .map((m) => (
                      <span key={`${m.role}-${m.startDate ?? ''}`} class="item-meta muted">
                        {t(MEMBERSHIP_ROLE_LABELS[m.role])}
                        {m.endDate &&
                          ` · ${t('organisation.until', { date: formatCivilDate(m.endDate, language) })}`}
                      </span>
                    ))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </ScreenSection>
      <VisitHistory visits={visits} />
    </Screen>
  );
}
