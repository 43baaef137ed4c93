import { useRoute } from 'preact-iso/router';
import { openInitiativesInKern, peopleInKern } from '../../db/queries/field-queries.ts';
import { organisationsWithLastContact } from '../../db/queries/kern-queries.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useKernen, useOrganisationKinds } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { STATUS_LABELS } from '../initiatives/labels.ts';
import { Button, ButtonLink } from '../components/nlds/Button.tsx';
import { ReadOnlyNote } from '../components/PermissionNotes.tsx';
import { SplitView } from '../components/SplitView.tsx';
import { KernLinks } from './KernenScreen.tsx';
import { usePermissions } from '../data/usePermissions.ts';
import { leadsTeam, worksInKern } from '../../shared/permissions/account.ts';

/**
 * One kern: its organisations with the date of the last contact (the Plaatselijk Belang
 * among them), its people and its open initiatives.
 */
export function KernScreen() {
  const { t, language } = useRecordText();
  const { params } = useRoute();
  const kernId = params['id'] ?? '';
  const { db } = useLocalData();
  const kern = useKernen().find((candidate) => candidate.id === kernId);
  const kinds = useOrganisationKinds();
  const organisations = useLive(() => organisationsWithLastContact(db, kernId), [db, kernId]);
  const people = useLive(() => peopleInKern(db, kernId), [db, kernId]);
  const initiatives = useLive(() => openInitiativesInKern(db, kernId), [db, kernId]);
  const kindName = (id: string) => kinds.find((kind) => kind.id === id)?.name ?? '';
  const permissions = usePermissions();
  const cannotAdd = permissions.whyNotCreateIn('people', kernId);
  // A connector reads every kern's organisations, but another kern's people and initiatives
  // only as far as they wrote them or are their connector (the sync's read scope): the
  // screen says so, and its empty lists do not claim the kern has none.
  const outside =
    permissions.fieldWork &&
    !leadsTeam(permissions.account) &&
    !worksInKern(permissions.account, kernId);
  const kernName = kern?.name ?? '';

  return (
    <SplitView label={t('kernen.title')} list={() => <KernLinks current={kernId} />}>
      <Screen title={kern?.name ?? t('kernen.title')}>
        {outside && (
          <p class="read-only-note" data-testid="outside-kern">
            {t('kern.outside', { kern: kernName })}
          </p>
        )}
        {outside ? null : cannotAdd ? (
          <ReadOnlyNote reason={cannotAdd} />
        ) : (
          <p class="button-row">
            <ButtonLink href={`/kernen/${kernId}/organisatie-nieuw`}>
              {t('organisation.new')}
            </ButtonLink>
            <ButtonLink href={`/kernen/${kernId}/persoon-nieuw`}>{t('person.new')}</ButtonLink>
          </p>
        )}
        {kern && (
          <p class="button-row">
            <Button
              type="button"
              onClick={() =>
                void import('./kern-poster.ts').then(({ printKernPoster }) => printKernPoster(kern))
              }
            >
              {t('kern.poster')}
            </Button>
          </p>
        )}
        <ScreenSection title={t('kern.organisations')} emptyText={t('kern.noOrganisations')}>
          {organisations.status === 'ready' && organisations.value.length > 0 && (
            <ul class="plain-list">
              {organisations.value.map(({ organisation, lastContact }) => (
                <li key={organisation.id} class="list-row">
                  <span>
                    <a class="nl-link item-title" href={`/organisaties/${organisation.id}`}>
                      {organisation.name}
                    </a>
                    <span class="item-meta muted">
                      {kindName(organisation.kindId)}
                      {organisation.status === 'opgeheven' &&
                        ` · ${t('organisation.dissolvedOn', { date: formatCivilDate(organisation.endDate ?? '', language) })}`}
                    </span>
                    <span class="item-meta">
                      {lastContact
                        ? t('kern.lastContact', { date: formatCivilDate(lastContact, language) })
                        : t('kern.noContact')}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </ScreenSection>
        <ScreenSection
          title={t('kern.people')}
          emptyText={outside ? t('kern.noPeopleOutside') : t('kern.noPeople')}
        >
          {people.status === 'ready' && people.value.length > 0 && (
            <ul class="plain-list">
              {people.value.map((person) => (
                <li key={person.id} class="list-row">
                  <a class="nl-link item-title" href={`/personen/${person.id}`}>
                    {person.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </ScreenSection>
        <ScreenSection
          title={t('kern.openInitiatives')}
          emptyText={outside ? t('kern.noInitiativesOutside') : t('kern.noInitiatives')}
        >
          {initiatives.status === 'ready' && initiatives.value.length > 0 && (
            <ul class="plain-list">
              {initiatives.value.map((initiative) => (
                <li key={initiative.id} class="list-row">
                  <span>
                    <a class="nl-link item-title" href={`/initiatieven/${initiative.id}`}>
                      {initiative.title}
                    </a>
                    <span class="item-meta muted">{t(STATUS_LABELS[initiative.status])}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </ScreenSection>
      </Screen>
    </SplitView>
  );
}
