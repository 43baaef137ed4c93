import lazy, { ErrorBoundary } from 'preact-iso/lazy';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso/router';
import { hasRole } from '../shared/roles.ts';
import type { AuthClient } from '../sync/auth-client.ts';
import { AuthProvider, useAuth } from './auth/auth-context.tsx';
import { SessionNotice } from './auth/SessionNotice.tsx';
import { useSessionCheck } from './auth/useSessionCheck.ts';
import { MainNav } from './components/MainNav.tsx';
import { focusScreenHeading } from './components/Screen.tsx';
import { LocalDataProvider } from './data/local-data.tsx';
import { DeviceErrorBoundary } from './data/DeviceErrorBoundary.tsx';
import { OfflineNotice } from './components/OfflineNotice.tsx';
import { SkipLink } from './components/SkipLink.tsx';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { DeferredUpdatePrompt } from './pwa/DeferredUpdatePrompt.tsx';
import { ACCESSIBILITY_PATH, OVERVIEW_PATH, SETUP_PATH, SIGN_IN_PATH } from './routes.ts';

/** Is the account a teamleider, and do they also work in the field? */
type TeamLead = 'no' | 'also-field-work' | 'only';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { TodayScreen } from './screens/TodayScreen.tsx';

// The first screen is in the main bundle; the others load when opened (and are precached,
// so they open offline too).
const KernenScreen = lazy(() => import('./kernen/KernenScreen.tsx'));
const KernScreen = lazy(() => import('./kernen/KernScreen.tsx').then((m) => m.KernScreen));
const OrganisationScreen = lazy(() =>
  import('./kernen/OrganisationScreen.tsx').then((m) => m.OrganisationScreen),
);
const PersonScreen = lazy(() => import('./kernen/PersonScreen.tsx').then((m) => m.PersonScreen));
const recordForm = (name: keyof typeof import('./record-forms.ts')) =>
  lazy(() => import('./record-forms.ts').then((m) => m[name]));
const NewOrganisationScreen = recordForm('NewOrganisationScreen');
const EditOrganisationScreen = recordForm('EditOrganisationScreen');
const NewPersonScreen = recordForm('NewPersonScreen');
const EditPersonScreen = recordForm('EditPersonScreen');
const NewInitiativeScreen = recordForm('NewInitiativeScreen');
const EditInitiativeScreen = recordForm('EditInitiativeScreen');
const InitiativesScreen = lazy(() => import('./initiatives/InitiativesScreen.tsx'));
const InitiativeScreen = lazy(() =>
  import('./initiatives/InitiativeScreen.tsx').then((m) => m.InitiativeScreen),
);
const SearchScreen = lazy(() => import('./screens/SearchScreen.tsx'));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen.tsx'));
const AccessibilityScreen = lazy(() => import('./screens/AccessibilityScreen.tsx'));
// Signing in happens once per device (sessions last 60 days), so its screen is not in the
// first bundle either: most starts open straight on Vandaag.
const SignInScreen = lazy(() => import('./auth/SignInScreen.tsx').then((m) => m.SignInScreen));
const SetupPasswordScreen = lazy(() =>
  import('./auth/SetupPasswordScreen.tsx').then((m) => m.SetupPasswordScreen),
);
// Shown only on a device a beheerder revoked while changes waited on it.
const RevokedScreen = lazy(() => import('./auth/RevokedScreen.tsx').then((m) => m.RevokedScreen));
const NewVisitScreen = lazy(() =>
  import('./visits/NewVisitScreen.tsx').then((m) => m.NewVisitScreen),
);
const VisitScreen = lazy(() => import('./visits/VisitScreen.tsx').then((m) => m.VisitScreen));
const EditVisitScreen = lazy(() =>
  import('./visits/EditVisitScreen.tsx').then((m) => m.EditVisitScreen),
);
// Signing out is rare: its button and dialog load just after the first screen (and with Meer).
const SignOutButton = lazy(() => import('./auth/SignOutButton.tsx').then((m) => m.SignOutButton));
const AccountsScreen = lazy(() => import('./admin/AccountsScreen.tsx'));
const AccountScreen = lazy(() => import('./admin/AccountScreen.tsx'));
const KernenAdminScreen = lazy(() => import('./admin/KernenAdminScreen.tsx'));
const OrganisationKindsAdminScreen = lazy(() => import('./admin/OrganisationKindsAdminScreen.tsx'));
const SyncScreen = lazy(() => import('./sync/SyncScreen.tsx'));
// Sync and its status line load just after the first screen (the outbox keeps every change
// until they run).
const SyncRuntime = lazy(() => import('./sync/SyncRuntime.tsx'));
const FeedbackTermAdminScreen = lazy(() => import('./admin/FeedbackTermAdminScreen.tsx'));
const QuarantineScreen = lazy(() => import('./admin/QuarantineScreen.tsx'));
// A person's AVG rights and the retention terms: rare, with their own words.
const privacyScreen = (name: keyof typeof import('./privacy/privacy-screens.ts')) =>
  lazy(() => import('./privacy/privacy-screens.ts').then((m) => m[name]));
const PersonPrivacyScreen = privacyScreen('PersonPrivacyScreen');
const RetentionAdminScreen = privacyScreen('RetentionAdminScreen');
// The teamleider's Overzicht and council report, with their charts: only they load them.
const OverviewScreen = lazy(() => import('./overview/OverviewScreen.tsx'));
const ReportScreen = lazy(() => import('./overview/ReportScreen.tsx'));

function SignedInRoutes({ isAdmin, teamLead }: { isAdmin: boolean; teamLead: TeamLead }) {
  // Beheer routes exist only for a beheerder; the server refuses the others anyway.
  const adminRoutes = isAdmin
    ? [
        <Route key="accounts" path="/beheer" component={AccountsScreen} />,
        <Route key="account" path="/beheer/accounts/:id" component={AccountScreen} />,
        <Route key="kernen" path="/beheer/kernen" component={KernenAdminScreen} />,
        <Route
          key="kinds"
          path="/beheer/organisatiesoorten"
          component={OrganisationKindsAdminScreen}
        />,
        <Route key="term" path="/beheer/terugkoppeltermijn" component={FeedbackTermAdminScreen} />,
        <Route key="quarantine" path="/beheer/quarantaine" component={QuarantineScreen} />,
        <Route key="retention" path="/beheer/bewaartermijnen" component={RetentionAdminScreen} />,
      ]
    : [];
  const teamLeadRoutes =
    teamLead === 'no'
      ? []
      : [
          <Route key="overview" path={OVERVIEW_PATH} component={OverviewScreen} />,
          <Route key="report" path={`${OVERVIEW_PATH}/verslag`} component={ReportScreen} />,
        ];
  return (
    <Router onRouteChange={focusScreenHeading}>
      <Route path="/" component={teamLead === 'only' ? OverviewScreen : TodayScreen} />
      {teamLeadRoutes}
      <Route path="/bezoek/nieuw" component={NewVisitScreen} />
      <Route path="/bezoeken/:id" component={VisitScreen} />
      <Route path="/bezoeken/:id/wijzigen" component={EditVisitScreen} />
      <Route path="/kernen" component={KernenScreen} />
      <Route path="/kernen/:id" component={KernScreen} />
      <Route path="/kernen/:id/organisatie-nieuw" component={NewOrganisationScreen} />
      <Route path="/kernen/:id/persoon-nieuw" component={NewPersonScreen} />
      <Route path="/organisaties/:id" component={OrganisationScreen} />
      <Route path="/organisaties/:id/wijzigen" component={EditOrganisationScreen} />
      <Route path="/personen/:id" component={PersonScreen} />
      <Route path="/personen/:id/wijzigen" component={EditPersonScreen} />
      <Route path="/personen/:id/privacy" component={PersonPrivacyScreen} />
      <Route path="/initiatieven" component={InitiativesScreen} />
      <Route path="/initiatieven/nieuw" component={NewInitiativeScreen} />
      <Route path="/initiatieven/:id" component={InitiativeScreen} />
      <Route path="/initiatieven/:id/wijzigen" component={EditInitiativeScreen} />
      <Route path="/zoeken" component={SearchScreen} />
      <Route path="/instellingen" component={SettingsScreen} />
      <Route path="/synchronisatie" component={SyncScreen} />
      <Route path={ACCESSIBILITY_PATH} component={AccessibilityScreen} />
      <Route path={SIGN_IN_PATH} component={SignInScreen} />
      <Route path={SETUP_PATH} component={SetupPasswordScreen} />
      {adminRoutes}
      <Route default component={NotFoundScreen} />
    </Router>
  );
}

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
            <LocalDataProvider auth={client} userId={state.user.id}>
              <DeviceErrorBoundary resetKey={url} quiet>
                <SyncRuntime />
              </DeviceErrorBoundary>
              <DeviceErrorBoundary resetKey={url}>
                <SignedInRoutes isAdmin={isAdmin} teamLead={teamLead} />
              </DeviceErrorBoundary>
            </LocalDataProvider>
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
