import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.tsx';
import { useAppUpdate } from './useAppUpdate.ts';

/** "Nieuwe versie beschikbaar — Vernieuwen", and once "works offline now" after install. */
export function UpdatePrompt() {
  const { t } = useI18n();
  const { updateWaiting, offlineReady, apply, postpone } = useAppUpdate();
  const [offlineNoticeClosed, setOfflineNoticeClosed] = useState(false);

  if (updateWaiting) {
    return (
      <div class="update-prompt" role="alertdialog" aria-labelledby="update-title">
        <p id="update-title">{t('update.available')}</p>
        <div class="button-row">
          <button
            type="button"
            class="button button-primary"
            onClick={() => {
              void apply();
            }}
          >
            {t('update.apply')}
          </button>
          <button type="button" class="button" onClick={postpone}>
            {t('update.later')}
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady && !offlineNoticeClosed) {
    return (
      <div class="update-prompt" role="status">
        <p>{t('update.offlineReady')}</p>
        <button type="button" class="button" onClick={() => setOfflineNoticeClosed(true)}>
          {t('update.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
