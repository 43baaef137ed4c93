import { useState } from 'preact/hooks';
import { formatBytes, type UiLanguage } from '../../shared/dutch-format.ts';
import { Screen } from '../components/Screen.tsx';
import { useStorageStatus } from '../hooks/useStorageStatus.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useMoreText } from '../i18n/more-text.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { useSyncText } from '../i18n/sync-text.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { SignOutButton } from '../auth/SignOutButton.tsx';

const LANGUAGE_NAMES: Record<UiLanguage, string> = { nl: 'Nederlands', en: 'English' };

/**
 * "Meer": what the bottom tab bar has no room for on a phone — the account and signing out,
 * Beheer, the settings of this device, the safety net of sync, and the accessibility
 * statement.
 */
export default function SettingsScreen() {
  const { t } = useMoreText();
  const { state } = useAuth();
  const signedIn = state.status === 'signed-in';
  return (
    <Screen title={t('settings.title')}>
      {signedIn && (
        <section class="screen-section">
          <Heading level={2}>{t('settings.account')}</Heading>
          <p>{state.user.displayName}</p>
          <SignOutButton />
          {state.user.roles.includes('beheerder') && (
            <p>
              <a href="/beheer">{t('nav.admin')}</a>
            </p>
          )}
        </section>
      )}
      <LanguageChoice />
      <StorageInfo />
      <SyncLink />
      <section class="screen-section">
        <Heading level={2}>{t('settings.version')}</Heading>
        <p>{t('settings.appVersion', { version: __APP_VERSION__ })}</p>
        <p>
          <a class="nl-link standalone-link" href="/toegankelijkheid">
            {t('footer.accessibility')}
          </a>
        </p>
      </section>
    </Screen>
  );
}

function LanguageChoice() {
  const { language, setLanguage } = useI18n();
  const { t } = useMoreText();
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset screen-section">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t('settings.language')}
      </legend>
      {(Object.keys(LANGUAGE_NAMES) as UiLanguage[]).map((option) => (
        <label key={option} class="utrecht-form-label utrecht-form-label--radio choice">
          <input
            type="radio"
            name="language"
            value={option}
            checked={language === option}
            onChange={() => setLanguage(option)}
          />
          <span lang={option}>{LANGUAGE_NAMES[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}

function StorageInfo() {
  const { language } = useI18n();
  const { t } = useMoreText();
  const { status, requestPersistence } = useStorageStatus();
  const [refused, setRefused] = useState(false);
  if (!status) return null;
  const hasEstimate = status.usage !== undefined && status.quota !== undefined;
  return (
    <section class="screen-section">
      <Heading level={2}>{t('settings.storage')}</Heading>
      <p>
        {hasEstimate
          ? t('settings.storageUsed', {
              used: formatBytes(status.usage ?? 0, language),
              quota: formatBytes(status.quota ?? 0, language),
            })
          : t('settings.storageUnknown')}
      </p>
      <p>{status.persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
      {!status.persisted && (
        <Button
          type="button"
          onClick={() => {
            void requestPersistence().then((granted) => setRefused(!granted));
          }}
        >
          {t('settings.requestPersist')}
        </Button>
      )}
      {refused && <p role="status">{t('settings.persistRefused')}</p>}
    </section>
  );
}

/** The safety net lives on the Synchronisatie screen; settings is where people look for it. */
function SyncLink() {
  const { st } = useSyncText();
  return (
    <section class="screen-section">
      <Heading level={2}>{st('sync.title')}</Heading>
      <p>{st('sync.exportHint')}</p>
      <a href="/synchronisatie">{st('sync.export')}</a>
    </section>
  );
}
