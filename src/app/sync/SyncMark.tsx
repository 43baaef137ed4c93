import { recordSyncMark } from '../../db/queries/sync-queries.ts';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { useSyncText } from '../i18n/sync-text.ts';

/** A record's mark while its change is not on the server yet, or was refused there. */
export function SyncMark({ recordId }: { recordId: string }) {
  const { db } = useLocalData();
  const { st } = useSyncText();
  const live = useLive(() => recordSyncMark(db, recordId), [db, recordId]);
  if (live.status !== 'ready' || live.value === null) return null;
  return (
    <p class={`sync-mark sync-mark-${live.value}`} data-testid="sync-mark">
      {live.value === 'pending' ? st('sync.mark.pending') : st('sync.mark.rejected')}
      {live.value === 'rejected' && (
        <>
          {' '}
          — <a href="/synchronisatie">{st('sync.details')}</a>
        </>
      )}
    </p>
  );
}
