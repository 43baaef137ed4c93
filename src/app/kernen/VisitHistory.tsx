import { useState } from 'preact/hooks';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import type { Visit } from '../../shared/records/visit.ts';
import { currentNotes } from '../../shared/records/visit-notes.ts';
import { ScreenSection } from '../components/Screen.tsx';
import { Button } from '../components/nlds/Button.tsx';
import type { Live } from '../data/useLive.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { CHANNEL_LABELS } from '../visits/visit-options.ts';

/** A Plaatselijk Belang gathers years of visits: the newest show, the rest a page at a time. */
export const HISTORY_PAGE = 10;

/** The visits an organisation or person took part in, newest first, each opening its visit. */
export function VisitHistory({ visits }: { visits: Live<Visit[]> }) {
  const { t, language } = useRecordText();
  const [shown, setShown] = useState(HISTORY_PAGE);
  const all = visits.status === 'ready' ? visits.value : [];
  return (
    <ScreenSection title={t('history.title')} emptyText={t('history.empty')}>
      {all.length > 0 && (
        <>
          <ul class="plain-list">
            {all.slice(0, shown).map((visit) => (
              <li key={visit.id} class="list-row">
                <span>
                  <a class="nl-link item-title" href={`/bezoeken/${visit.id}`}>
                    {formatCivilDate(visit.date, language)} · {t(CHANNEL_LABELS[visit.channel])}
                  </a>
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
          {all.length > shown && (
            <p>
              <Button type="button" onClick={() => setShown(shown + HISTORY_PAGE)}>
                {t('history.more', {
                  count: String(Math.min(HISTORY_PAGE, all.length - shown)),
                  total: String(all.length - shown),
                })}
              </Button>
            </p>
          )}
        </>
      )}
    </ScreenSection>
  );
}
