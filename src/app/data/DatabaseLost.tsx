import { clearSession } from '../../db/session-storage.ts';
import { Alert } from '../components/nlds/Alert.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSyncText } from '../i18n/sync-text.ts';

/**
 * Shown instead of every screen when this account's database was deleted or taken by the
 * browser while the app was open (database-loss.ts): never an empty Vandaag that says
 * everything is sent. Signing in again starts a new database; the server then tells how many
 * changes of the old one never arrived (lost-changes.ts). Only this browser's copy of the
 * session is dropped — a sign-out would tell the server the loss was on purpose. Loaded only
 * when needed (the first screen's code has a size budget).
 */
export default function DatabaseLost() {
  const { t } = useI18n();
  const { st } = useSyncText();
  const signInAgain = () => {
    void clearSession()
      .catch(() => undefined)
      .then(() => window.location.assign('/'));
  };
  return (
    <section aria-labelledby="database-lost-title" data-testid="database-lost">
      <Alert type="error" role="alert" labelledBy="database-lost-title">
        <Heading level={1} id="database-lost-title">
          {st('sync.databaseLost.title')}
        </Heading>
        <p>{st('sync.databaseLost.text')}</p>
        <p>{st('sync.databaseLost.next')}</p>
        <Button type="button" appearance="primary" onClick={signInAgain}>
          {t('session.signInAgain')}
        </Button>
      </Alert>
    </section>
  );
}
