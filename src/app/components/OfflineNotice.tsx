import { useOnline } from '../hooks/useOnline.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Reassures, never blocks: every screen keeps working while this is shown. */
export function OfflineNotice() {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <div role="status" class="offline-notice" hidden={online}>
      {online ? '' : t('connection.offline')}
    </div>
  );
}
