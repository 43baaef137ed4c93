import { useOnline } from '../hooks/useOnline.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert } from './nlds/Alert.tsx';

/** Reassures, never blocks: every screen keeps working while this is shown. */
export function OfflineNotice() {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <Alert type="warning" role="status" page hidden={online}>
      {online ? '' : t('connection.offline')}
    </Alert>
  );
}
