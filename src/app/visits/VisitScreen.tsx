import { ERASED_PERSON_ID } from '../../shared/records/person.ts';
import { useRoute, useLocation } from 'preact-iso/router';
import { visitDetail } from '../../db/queries/visit-queries.ts';
import { deleteVisit } from '../../db/repositories/visits.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { formatCivilDate, formatDateTime } from '../../shared/dutch-format.ts';
import { currentNotes } from '../../shared/records/visit-notes.ts';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { ReadOnlyNote } from '../components/PermissionNotes.tsx';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { ButtonLink } from '../components/nlds/Button.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { usePermissions } from '../data/usePermissions.ts';
import { useKernen } from '../data/useReference.ts';
import { useVisitText } from '../i18n/visit-text.ts';
import { SyncMark } from '../sync/SyncMark.tsx';
import { ActionItem } from './ActionItem.tsx';
import { ReviewNoteForm } from '../initiatives/ReviewNoteForm.tsx';
import { CHANNEL_LABELS } from './visit-options.ts';

/**
 * One visit, all of it: where, when, who, about what, the notes with their earlier versions,
 * and its follow-ups. Whoever may write it corrects it (notes as a new version), deletes it
 * after a question (a tombstone that syncs), and works its follow-ups.
 */
export function VisitScreen() {
  const { t, language } = useVisitText();
  const { params } = useRoute();
  const { route } = useLocation();
  const id = params['id'] ?? '';
  const { db, writer } = useLocalData();
  const kernen = useKernen();
  const permissions = usePermissions();
  const live = useLive(() => visitDetail(db, id), [db, id]);
  const today = municipalToday(Date.now());
  if (live.status === 'loading') return null;
  if (live.status === 'failed') throw live.error;
  const detail = live.value;
  if (!detail) {
    return (
      <Screen title={t('notFound.title')}>
        <Paragraph>{t('visitScreen.notFound')}</Paragraph>
      </Screen>
    );
  }
  const { visit, people, organisations, initiatives, actions } = detail;
  const date = formatCivilDate(visit.date, language);
  const whyNot = permissions.whyNotChange('visits', visit, ['updatedAt']);
  const colleagues = permissions.connectorsOf(visit.kernId);
  const nameOf = (userId: string) =>
    colleagues.find((colleague) => colleague.id === userId)?.displayName ?? t('someone');
  const earlier = visit.noteRevisions.slice(0, -1).reverse();
  const notes = currentNotes(visit);

  return (
    <Screen title={t('visitScreen.title', { date })}>
      <SyncMark recordId={visit.id} />
      <dl class="facts">
        <dt>{t('visitScreen.kern')}</dt>
        <dd>
          <a class="nl-link" href={`/kernen/${visit.kernId}`}>
            {kernen.find((kern) => kern.id === visit.kernId)?.name ?? ''}
          </a>
        </dd>
        <dt>{t('visitScreen.channel')}</dt>
        <dd>{t(CHANNEL_LABELS[visit.channel])}</dd>
        {organisations.length > 0 && (
          <>
            <dt>{t('visitScreen.organisations')}</dt>
            <dd>
              <LinkList items={organisations.map((o) => [`/organisaties/${o.id}`, o.name])} />
            </dd>
          </>
        )}
        {(people.length > 0 || visit.personIds.includes(ERASED_PERSON_ID)) && (
          <>
            <dt>{t('visitScreen.people')}</dt>
            <dd>
              <LinkList items={people.map((p) => [`/personen/${p.id}`, p.name])} />
              {visit.personIds.includes(ERASED_PERSON_ID) && <p>{t('person.erased')}</p>}
            </dd>
          </>
        )}
        {visit.topics.length > 0 && (
          <>
            <dt>{t('visitScreen.topics')}</dt>
            <dd>{visit.topics.join(', ')}</dd>
          </>
        )}
        {initiatives.length > 0 && (
          <>
            <dt>{t('visitScreen.initiatives')}</dt>
            <dd>
              <LinkList items={initiatives.map((i) => [`/initiatieven/${i.id}`, i.title])} />
            </dd>
          </>
        )}
        <dt>{t('visitScreen.author')}</dt>
        <dd>{nameOf(visit.authorId)}</dd>
      </dl>
      <ScreenSection title={t('visitScreen.notes')} emptyText={t('visitScreen.noNotes')}>
        {notes.trim() !== '' && <p class="notes-text">{notes}</p>}
      </ScreenSection>
      {earlier.length > 0 && (
        <details class="revisions">
          <summary>{t('visitScreen.revisions', { count: String(earlier.length) })}</summary>
          <ol class="plain-list">
            {earlier.map((revision) => (
              <li key={revision.id} class="list-row">
                <span>
                  <span class="item-meta muted">
                    {t('visitScreen.revisionBy', {
                      time: formatDateTime(new Date(revision.createdAt), language),
                      name: nameOf(revision.authorId),
                    })}
                  </span>
                  <span class="item-meta notes-text">{revision.text}</span>
                </span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {whyNot ? (
        <ReadOnlyNote reason={whyNot} />
      ) : (
        <p class="button-row">
          <ButtonLink href={`/bezoeken/${visit.id}/wijzigen`}>{t('visitScreen.edit')}</ButtonLink>
          <ConfirmButton
            id="delete-visit"
            label={t('visitScreen.delete')}
            question={t('visitScreen.deleteQuestion')}
            explain={t('visitScreen.deleteExplain')}
            confirm={t('visitScreen.deleteConfirm')}
            cancel={t('confirm.cancel')}
            onConfirm={async () => {
              await deleteVisit(db, visit.id, writer);
              route('/');
            }}
          />
        </p>
      )}
      <ReviewNoteForm reviewed={{ table: 'visits', record: visit }} />
      <ScreenSection title={t('visitScreen.actions')} emptyText={t('visitScreen.noActions')}>
        {actions.length > 0 && (
          <ul class="plain-list">
            {actions.map((action) => (
              <ActionItem
                key={action.id}
                action={action}
                kernId={visit.kernId}
                today={today}
                editable={whyNot === null}
              />
            ))}
          </ul>
        )}
      </ScreenSection>
    </Screen>
  );
}

function LinkList({ items }: { items: [string, string][] }) {
  return (
    <ul class="plain-list">
      {items.map(([href, name]) => (
        <li key={href}>
          <a class="nl-link" href={href}>
            {name}
          </a>
        </li>
      ))}
    </ul>
  );
}
