import lazy, { ErrorBoundary } from 'preact-iso/lazy';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso/router';
import { hasRole } from '../shared/roles.ts';
import type { AuthClient } from '../sync/auth-client.ts';
import { AuthProvider, useAuth } from './auth/auth-context.tsx';
import { SessionNotice } from './auth/SessionNotice.tsx';
import { useSessionCheck } from './auth/useSessionCheck.ts';
import { MainNav } from './components/MainNav.tsx';
import { focusScreenHeading } from './components/Screen.tsx';
import { OfflineNotice } from './components/OfflineNotice.tsx';
import { SkipLink } from './components/SkipLink.tsx';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { DeferredUpdatePrompt } from './pwa/DeferredUpdatePrompt.tsx';
import { ACCESSIBILITY_PATH, SETUP_PATH } from './routes.ts';
import { AccessibilityScreen, SetupPasswordScreen, SignInScreen } from './public-screens.ts';
import type { TeamLead } from './SignedInApp.tsx';

// Shown only on a device a beheerder revoked while changes waited on it.
const RevokedScreen = lazy(() => import('./auth/RevokedScreen.tsx').then((m) => m.RevokedScreen));
// Signing out is rare: its button and dialog load just after the first screen (and with Meer).
const SignOutButton = lazy(() => import('./auth/SignOutButton.tsx').then((m) => m.SignOutButton));
// Everything of a signed-in account (its local database, sync, the screens) loads apart: a
// first visit opens on the sign-in form and needs none of it (started from the precache, it
// is a few milliseconds later).
const SignedInApp = lazy(() => import('./SignedInApp.tsx'));

/** Signed out, only these open: everything else asks to sign in first. */
function SignedOutRoutes() {
  return (
    <Router onRouteChange={focusScreenHeading}>
      <Route path={SETUP_PATH} component={SetupPasswordScreen} />
      <Route path={ACCESSIBILITY_PATH} component={AccessibilityScreen} />
      <Route default component={SignInScreen} />
    </Router>
  );
}

function Shell() {
  const { t } = useI18n();
  const { client, state } = useAuth();
  const signedIn = state.status === 'signed-in';
  const { url } = useLocation();
  useSessionCheck(client, signedIn);
  const isAdmin = signedIn && hasRole(state.user.roles, 'beheerder');
  const teamLead: TeamLead =
    !signedIn || !hasRole(state.user.roles, 'teamleider')
      ? 'no'
      : hasRole(state.user.roles, 'gebiedsverbinder')
        ? 'also-field-work'
        : 'only';
  return (
    <>
      <SkipLink />
      <header class="app-header">
        <div class="app-header-row">
          <a class="nl-link app-name" href="/">
            {t('app.name')}
          </a>
          {signedIn && (
            <span class="app-user">
              <span class="app-user-name">{state.user.displayName}</span>
              <ErrorBoundary>
                <SignOutButton />
              </ErrorBoundary>
            </span>
          )}
        </div>
        {signedIn && <MainNav isAdmin={isAdmin} teamLead={teamLead} />}
      </header>
      <DeferredUpdatePrompt />
      <OfflineNotice />
      <SessionNotice />
      <main id="main" class="app-main">
        <ErrorBoundary>
          {state.status === 'loading' ? (
            <p>{t('loading')}</p>
          ) : state.status === 'revoked' ? (
            <RevokedScreen userId={state.user.id} revoked={state.revoked} />
          ) : signedIn ? (
            <SignedInApp
              client={client}
              userId={state.user.id}
              url={url}
              isAdmin={isAdmin}
              teamLead={teamLead}
            />
          ) : (
            <SignedOutRoutes />
          )}
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
        <a class="nl-link" href={ACCESSIBILITY_PATH}>
          {t('footer.accessibility')}
        </a>
      </footer>
    </>
  );
}

export function App({ auth }: { auth: AuthClient }) {
  return (
    <I18nProvider>
      <AuthProvider client={auth}>
        <LocationProvider>
          <Shell />
        </LocationProvider>
      </AuthProvider>
    </I18nProvider>
  );
}
