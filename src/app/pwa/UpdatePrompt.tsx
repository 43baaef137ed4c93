import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.tsx';
import { useAppUpdate } from './useAppUpdate.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Alert } from '../components/nlds/Alert.tsx';

/** "Nieuwe versie beschikbaar — Vernieuwen", and once "works offline now" after install. */
export function UpdatePrompt() {
  const { t } = useI18n();
  const { updateWaiting, offlineReady, apply, postpone } = useAppUpdate();
  const [offlineNoticeClosed, setOfflineNoticeClosed] = useState(false);

  if (updateWaiting) {
    return (
      <Alert type="info" role="alertdialog" labelledBy="update-title" page>
        <p id="update-title" class="update-prompt-text">
          {t('update.available')}
        </p>
        <div class="button-row">
          <Button
            appearance="primary"
            type="button"
            onClick={() => {
              void apply();
            }}
          >
            {t('update.apply')}
          </Button>
          <Button type="button" onClick={postpone}>
            {t('update.later')}
          </Button>
        </div>
      </Alert>
    );
  }
  if (offlineReady && !offlineNoticeClosed) {
    return (
      <Alert type="info" role="status" page>
        <p class="update-prompt-text">{t('update.offlineReady')}</p>
        <Button type="button" onClick={() => setOfflineNoticeClosed(true)}>
          {t('update.dismiss')}
        </Button>
      </Alert>
    );
  }
  return null;
}
