import lazy from 'preact-iso/lazy';
import { Route, Router } from 'preact-iso/router';
import type { AuthClient } from '../sync/auth-client.ts';
import { focusScreenHeading } from './components/Screen.tsx';
import { DeviceErrorBoundary } from './data/DeviceErrorBoundary.tsx';
import { LocalDataProvider } from './data/local-data.tsx';
import { AccessibilityScreen, SetupPasswordScreen, SignInScreen } from './public-screens.ts';
import { ACCESSIBILITY_PATH, OVERVIEW_PATH, SETUP_PATH, SIGN_IN_PATH } from './routes.ts';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { TodayScreen } from './screens/TodayScreen.tsx';

/** Is the account a teamleider, and do they also work in the field? */
export type TeamLead = 'no' | 'also-field-work' | 'only';

// Vandaag comes with this chunk; the other screens load when opened (and are precached, so
// they open offline too).
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
const NewVisitScreen = lazy(() =>
  import('./visits/NewVisitScreen.tsx').then((m) => m.NewVisitScreen),
);
const VisitScreen = lazy(() => import('./visits/VisitScreen.tsx').then((m) => m.VisitScreen));
const EditVisitScreen = lazy(() =>
  import('./visits/EditVisitScreen.tsx').then((m) => m.EditVisitScreen),
);
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

/**
 * A signed-in account's part of the app: its local database (Dexie), sync and every screen
 * behind the sign-in. A chunk of its own (App.tsx), so a first visit loads none of it.
 */
export default function SignedInApp({
  client,
  userId,
  url,
  isAdmin,
  teamLead,
}: {
  client: AuthClient;
  userId: string;
  url: string;
  isAdmin: boolean;
  teamLead: TeamLead;
}) {
  return (
    <LocalDataProvider auth={client} userId={userId}>
      <DeviceErrorBoundary resetKey={url} quiet>
        <SyncRuntime />
      </DeviceErrorBoundary>
      <DeviceErrorBoundary resetKey={url}>
        <SignedInRoutes isAdmin={isAdmin} teamLead={teamLead} />
      </DeviceErrorBoundary>
    </LocalDataProvider>
  );
}
