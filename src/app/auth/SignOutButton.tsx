import { useRef, useState } from 'preact/hooks';
import { countUnsentChanges } from '../../db/user-data.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAuth } from './auth-context.tsx';

/**
 * Sign-out wipes this account's data from the device, so it asks first and says how many
 * changes would be lost. A native modal dialog keeps focus inside until answered.
 */
export function SignOutButton() {
  const { t } = useI18n();
  const { client, state } = useAuth();
  const dialog = useRef<HTMLDialogElement>(null);
  const [unsent, setUnsent] = useState(0);
  const [busy, setBusy] = useState(false);
  if (state.status !== 'signed-in') return null;

  const ask = async () => {
    setUnsent(await countUnsentChanges(state.user.id));
    dialog.current?.showModal();
  };
  const confirm = async () => {
    setBusy(true);
    await client.signOut();
    setBusy(false);
    dialog.current?.close();
  };

  return (
    <>
      <button type="button" class="button button-quiet" onClick={() => void ask()}>
        {t('signOut.button')}
      </button>
      <dialog ref={dialog} class="dialog" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">{t('signOut.title')}</h2>
        <p>{t('signOut.wipes')}</p>
        {unsent > 0 && <p class="warning">{t('signOut.unsent', { count: String(unsent) })}</p>}
        <div class="button-row">
          <button
            type="button"
            class="button button-primary"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {t('signOut.confirm')}
          </button>
          <button type="button" class="button" onClick={() => dialog.current?.close()}>
            {t('signOut.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
