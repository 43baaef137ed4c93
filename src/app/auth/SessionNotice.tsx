import { useI18n } from '../i18n/i18n.tsx';
import { useAuth } from './auth-context.tsx';
import { Alert } from '../components/nlds/Alert.tsx';

/** The session ended on the server: work goes on locally, sync waits for a new sign-in. */
export function SessionNotice() {
  const { t } = useI18n();
  const { state } = useAuth();
  if (state.status !== 'signed-in' || !state.needsSignIn) return null;
  return (
    <Alert type="warning" role="status" page>
      <span>{t('session.signInToSync')}</span>{' '}
      <a class="nl-link" href="/inloggen">
        {t('session.signInAgain')}
      </a>
    </Alert>
  );
}
