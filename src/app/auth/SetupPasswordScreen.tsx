import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import type { SetupInfo } from '../../shared/auth-api.ts';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth-api.ts';
import { Screen } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { failureText as failureWords } from '../i18n/failure-messages.ts';
import { useAuthText } from '../i18n/auth-text.ts';
import { useAuth } from './auth-context.tsx';
import { useFailureText } from './useFailureText.ts';
import { Button } from '../components/nlds/Button.tsx';

/** Reads the one-time token from the link's #fragment, which the browser never sends. */
function takeTokenFromUrl(): string {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  // Out of the address bar and history: the link must not be found there later.
  if (token) history.replaceState(history.state, '', window.location.pathname);
  return token;
}

type Errors = Partial<Record<'email' | 'displayName' | 'password' | 'repeat', string>>;

/** The page a setup link opens: choose a password (the first administrator also a name). */
export function SetupPasswordScreen() {
  const { t, language } = useAuthText();
  const { client } = useAuth();
  const { route } = useLocation();
  const failureText = useFailureText();
  const [token] = useState(takeTokenFromUrl);
  const [info, setInfo] = useState<SetupInfo>();
  const [failure, setFailure] = useState<string>();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) {
      setFailure(failureWords(language, 'failure.invalidSetupLink'));
      return;
    }
    client.setupInfo(token).then(setInfo, (error: unknown) => setFailure(failureText(error)));
    // Once per link: the token never changes while this screen is open.
  }, [token]);

  const validate = (): Errors => {
    const found: Errors = {};
    if (info?.firstAdministrator) {
      if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = t('error.email');
      if (!displayName.trim()) found.displayName = t('error.required');
    }
    if (password.length < MIN_PASSWORD_LENGTH) {
      found.password = t('error.passwordLength', { min: String(MIN_PASSWORD_LENGTH) });
    }
    if (repeat !== password) found.repeat = t('error.passwordRepeat');
    return found;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await client.completeSetup({
        token,
        password,
        ...(info?.firstAdministrator
          ? { email: email.trim(), displayName: displayName.trim() }
          : {}),
      });
      route('/');
    } catch (error) {
      setFailure(failureText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title={t('setup.title')}>
      <FormMessage text={failure} kind="error" />
      {info && (
        <form class="form" onSubmit={(event) => void submit(event)} noValidate>
          <p>
            {info.firstAdministrator
              ? t('setup.introFirstAdministrator')
              : t('setup.intro', { name: info.displayName ?? '', email: info.email ?? '' })}
          </p>
          {info.firstAdministrator && (
            <>
              <TextField
                id="email"
                type="email"
                label={t('field.email')}
                value={email}
                onInput={setEmail}
                autoComplete="username"
                error={errors.email}
                required
              />
              <TextField
                id="displayName"
                label={t('field.displayName')}
                value={displayName}
                onInput={setDisplayName}
                autoComplete="name"
                error={errors.displayName}
                required
              />
            </>
          )}
          <TextField
            id="new-password"
            type="password"
            label={t('field.newPassword')}
            hint={t('setup.passwordHint', { min: String(MIN_PASSWORD_LENGTH) })}
            value={password}
            onInput={setPassword}
            autoComplete="new-password"
            error={errors.password}
            minLength={MIN_PASSWORD_LENGTH}
            required
          />
          <TextField
            id="repeat-password"
            type="password"
            label={t('field.repeatPassword')}
            value={repeat}
            onInput={setRepeat}
            autoComplete="new-password"
            error={errors.repeat}
            required
          />
          <Button appearance="primary" type="submit" disabled={busy}>
            {t('setup.submit')}
          </Button>
        </form>
      )}
    </Screen>
  );
}
