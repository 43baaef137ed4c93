import { formatCivilDate } from '../../shared/dutch-format.ts';
import type { Visit } from '../../shared/records/visit.ts';
import { currentNotes } from '../../shared/records/visit-notes.ts';
import { ScreenSection } from '../components/Screen.tsx';
import type { Live } from '../data/useLive.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { CHANNEL_LABELS } from '../visits/visit-options.ts';

/** The visits an organisation or person took part in, newest first, with their notes. */
export function VisitHistory({ visits }: { visits: Live<Visit[]> }) {
  const { t, language } = useI18n();
  return (
    <ScreenSection title={t('history.title')} emptyText={t('history.empty')}>
      {visits.status === 'ready' && visits.value.length > 0 && (
        <ul class="plain-list">
          {visits.value.map((visit) => (
            <li key={visit.id} class="list-row">
              <span>
                <span class="item-title">
                  {formatCivilDate(visit.date, language)} · {t(CHANNEL_LABELS[visit.channel])}
                </span>
                <span class="item-meta">{currentNotes(visit)}</span>
                {visit.noteRevisions.length > 1 && (
                  <span class="item-meta muted">
                    {t('history.revisions', { count: String(visit.noteRevisions.length) })}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </ScreenSection>
  );
}
