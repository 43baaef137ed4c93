import { useOnline } from '../hooks/useOnline.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert } from './nlds/Alert.tsx';

/**
 * Reassures, never blocks: every screen keeps working while this is shown. On a phone it is
 * read out but not shown (layout.css): the sync indicator in the header says "Offline"
 * instead, so the notice never pushes a screen's first action down.
 */
export function OfflineNotice() {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <div class="offline-notice">
      <Alert type="warning" role="status" page hidden={online}>
        {online ? '' : t('connection.offline')}
      </Alert>
    </div>
  );
}
