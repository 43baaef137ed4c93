import { plural } from '../i18n/plural.ts';
import { useRef, useState } from 'preact/hooks';
import { countUnsentChanges } from '../../db/user-data.ts';
import { useMoreText } from '../i18n/more-text.ts';
import { useAuth } from './auth-context.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Alert } from '../components/nlds/Alert.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';

/**
 * Sign-out wipes this account's data from the device, so it asks first and says how many
 * changes would be lost. A native modal dialog keeps focus inside until answered.
 */
export function SignOutButton() {
  const { t } = useMoreText();
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
      <Button appearance="subtle" type="button" onClick={() => void ask()}>
        {t('signOut.button')}
      </Button>
      <dialog ref={dialog} class="dialog" aria-labelledby="sign-out-title">
        <Heading level={2} id="sign-out-title">
          {t('signOut.title')}
        </Heading>
        <Paragraph>{t('signOut.wipes')}</Paragraph>
        {unsent > 0 && (
          <Alert type="warning">
            {t(plural(unsent, 'signOut.unsentOne', 'signOut.unsent'), { count: String(unsent) })}
          </Alert>
        )}
        <div class="button-row">
          <Button appearance="primary" type="button" disabled={busy} onClick={() => void confirm()}>
            {t('signOut.confirm')}
          </Button>
          <Button type="button" onClick={() => dialog.current?.close()}>
            {t('signOut.cancel')}
          </Button>
        </div>
      </dialog>
    </>
  );
}
