import { useEffect, useRef, useState } from 'preact/hooks';
import type { DemoAccount } from '../../shared/demo-api.ts';
import { useLocation } from 'preact-iso/router';
import { Screen } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useAuthText } from '../i18n/auth-text.ts';
import { useAuth } from './auth-context.tsx';
import { useFailureText } from './useFailureText.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Alert } from '../components/nlds/Alert.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { markAppLive, takeEarlySubmit, typedValue } from '../first-screen/take-over.ts';

/**
 * Sign-in. Also shown to a signed-in user whose session ended (to sync again): then the
 * e-mail address is filled in, and signing in keeps everything on the device.
 */
export function SignInScreen() {
  const { t } = useAuthText();
  const { client, state } = useAuth();
  const { route } = useLocation();
  const failureText = useFailureText();
  const [email, setEmail] = useState(state.status === 'signed-in' ? state.user.email : '');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [demoAccounts, setDemoAccounts] = useState<DemoAccount[]>([]);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // On a first visit this form came with the page (index.html) and may hold what the user
    // typed before the app's code arrived: keep it, then let the form be sent, and send it
    // now if the user already did.
    const form = formRef.current;
    const root = document.getElementById('app');
    if (!form || !root) return;
    const typedEmail = typedValue(form, 'email');
    const typedPassword = typedValue(form, 'password');
    if (typedEmail) setEmail(typedEmail);
    if (typedPassword) setPassword(typedPassword);
    markAppLive(root);
    if (takeEarlySubmit(form)) form.requestSubmit();
  }, []);

  useEffect(() => {
    // Only a demo server (npm run demo) has demo accounts; loaded apart from the first screen.
    let current = true;
    void import('../../sync/demo-info.ts')
      .then((module) => module.fetchDemoAccounts())
      .then(
        (accounts) => current && setDemoAccounts(accounts),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, []);

  const fillDemoAccount = (account: DemoAccount) => {
    setEmail(account.email);
    setPassword(account.password);
    document.getElementById('sign-in-submit')?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    // Read from the form: a submit the user made before the app took the form over runs
    // before the typed values reach the state.
    const form = event.currentTarget as HTMLFormElement;
    setBusy(true);
    setFailure(undefined);
    try {
      await client.signIn(typedValue(form, 'email'), typedValue(form, 'password'));
      route('/');
    } catch (error) {
      setFailure(failureText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title={t('signIn.title')}>
      {state.status === 'signed-out' && state.notice === 'revoked' && (
        <Alert type="warning" role="status">
          {t('signIn.revoked')}
        </Alert>
      )}
      <Paragraph>{t('signIn.intro')}</Paragraph>
      {/* POST: even a form sent without the app's code never puts the password in the address. */}
      <form
        ref={formRef}
        class="form"
        method="post"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <FormMessage text={failure} kind="error" />
        <TextField
          id="email"
          type="email"
          label={t('field.email')}
          value={email}
          onInput={setEmail}
          autoComplete="username"
          required
        />
        <TextField
          id="password"
          type="password"
          label={t('field.password')}
          value={password}
          onInput={setPassword}
          autoComplete="current-password"
          required
        />
        <Button appearance="primary" type="submit" disabled={busy} id="sign-in-submit">
          {t('signIn.submit')}
        </Button>
      </form>
      {demoAccounts.length > 0 && (
        <section class="screen-section" aria-labelledby="demo-accounts-title">
          <h2 id="demo-accounts-title">{t('signIn.demoTitle')}</h2>
          <p>{t('signIn.demoIntro')}</p>
          <ul class="plain-list">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <Button type="button" onClick={() => fillDemoAccount(account)}>
                  {t('signIn.demoUse', {
                    role: t(`role.${account.role}`),
                    name: account.displayName,
                  })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Screen>
  );
}
