import { useState } from 'preact/hooks';
import { syncOverview } from '../../db/queries/sync-queries.ts';
import { formatDateTime } from '../../shared/dutch-format.ts';
import { requestSync } from '../../sync/sync-leader.ts';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useSyncText } from '../i18n/sync-text.ts';
import { usePersistedStorage } from '../hooks/useStorageStatus.ts';
import { keepDataStep } from '../pwa/keep-data-step.ts';
import { useOnline } from '../hooks/useOnline.ts';

/**
 * Always on screen while signed in: how many changes wait, when the last sync succeeded,
 * what went wrong in plain words, and "Nu synchroniseren". Read from the database, so every
 * tab shows the same, whichever tab does the syncing. On a phone (layout.css) only a compact
 * indicator in the header shows; it opens to the full line, so the screen's own first action
 * stays in view.
 */
export default function SyncStatusBar() {
  const { db, userId } = useLocalData();
  const { st, failureText, language } = useSyncText();
  const live = useLive(() => syncOverview(db, userId), [db, userId]);
  const persisted = usePersistedStorage();
  const online = useOnline();
  const [open, setOpen] = useState(false);
  if (live.status !== 'ready') return null;
  const { status, unsent, openConflicts, rejections, lostChanges } = live.value;
  const attention = openConflicts + rejections + (lostChanges ? 1 : 0);
  // Being offline is no fault (the work is safe); a refusal or a server failure is.
  const warn =
    attention > 0 || (status.state === 'failed' && online) || (persisted === false && unsent > 0);
  const compact = [
    online ? undefined : st('sync.compactOffline'),
    unsent === 0
      ? st('sync.compactSent')
      : unsent === 1
        ? st('sync.compactUnsentOne')
        : st('sync.compactUnsent', { count: String(unsent) }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div class={`sync-status${open ? ' sync-status--open' : ''}`} role="status" aria-live="polite">
      <button
        type="button"
        class={`sync-compact${warn ? ' sync-compact--warn' : ''}`}
        // Spelled out: Preact leaves out an attribute whose value is false.
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="sync-full"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{warn ? '!' : unsent === 0 ? '✓' : '↑'}</span> {compact}
      </button>
      {/* A link followed from the opened line closes it: the next screen is not covered. */}
      <div
        id="sync-full"
        class="sync-full"
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
        }}
      >
        {persisted === false && unsent > 0 && <KeepDataNotice />}
        <span data-testid="unsent">
          {unsent === 0
            ? st('sync.allSent')
            : unsent === 1
              ? st('sync.unsentOne')
              : st('sync.unsent', { count: String(unsent) })}
        </span>{' '}
        <span data-testid="last-sync">
          {status.state === 'syncing'
            ? status.remaining
              ? st('sync.download', { count: String(status.remaining) })
              : st('sync.busy')
            : status.lastSuccessAt
              ? st('sync.last', { time: formatDateTime(new Date(status.lastSuccessAt), language) })
              : st('sync.never')}
        </span>
        {status.state === 'failed' && status.failure && (
          <span class="sync-failure"> {failureText(status.failure)}</span>
        )}{' '}
        <button type="button" class="link-button" onClick={() => requestSync(userId)}>
          {st('sync.now')}
        </button>{' '}
        <a href="/synchronisatie">
          {attention === 0
            ? st('sync.details')
            : attention === 1
              ? st('sync.attentionOne')
              : st('sync.attention', { count: String(attention) })}
        </a>
      </div>
    </div>
  );
}

/**
 * Changes wait and the browser may wipe them (storage not persistent): said where the person
 * looks, with the one step that helps on this platform.
 */
function KeepDataNotice() {
  const { st } = useSyncText();
  const step = keepDataStep();
  return (
    <p class="sync-keep-data" data-testid="keep-data">
      {st('sync.notPersisted')}{' '}
      {step === 'settings' ? (
        <a href="/instellingen">{st('sync.step.settings')}</a>
      ) : (
        st(step === 'home-screen' ? 'sync.step.homeScreen' : 'sync.step.install')
      )}
    </p>
  );
}
