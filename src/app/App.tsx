import lazy, { ErrorBoundary } from 'preact-iso/lazy';
import { LocationProvider, Route, Router } from 'preact-iso/router';
import { MainNav } from './components/MainNav.tsx';
import { OfflineNotice } from './components/OfflineNotice.tsx';
import { SkipLink } from './components/SkipLink.tsx';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { UpdatePrompt } from './pwa/UpdatePrompt.tsx';
import { ACCESSIBILITY_PATH } from './routes.ts';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { TodayScreen } from './screens/TodayScreen.tsx';

// The first screen is in the main bundle; the others load when opened (and are precached,
// so they open offline too).
const KernenScreen = lazy(() => import('./screens/KernenScreen.tsx'));
const InitiativesScreen = lazy(() => import('./screens/InitiativesScreen.tsx'));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen.tsx'));
const AccessibilityScreen = lazy(() => import('./screens/AccessibilityScreen.tsx'));

/** After an in-app navigation, move focus to the new screen's heading (WCAG 2.4.3). */
function focusScreenHeading(): void {
  requestAnimationFrame(() => document.getElementById('screen-title')?.focus());
}

function Shell() {
  const { t } = useI18n();
  return (
    <>
      <SkipLink />
      <header class="app-header">
        <a class="app-name" href="/">
          {t('app.name')}
        </a>
        <MainNav />
      </header>
      <OfflineNotice />
      <main id="main" class="app-main">
        <ErrorBoundary>
          <Router onRouteChange={focusScreenHeading}>
            <Route path="/" component={TodayScreen} />
            <Route path="/kernen" component={KernenScreen} />
            <Route path="/initiatieven" component={InitiativesScreen} />
            <Route path="/instellingen" component={SettingsScreen} />
            <Route path={ACCESSIBILITY_PATH} component={AccessibilityScreen} />
            <Route default component={NotFoundScreen} />
          </Router>
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
        <a href={ACCESSIBILITY_PATH}>{t('footer.accessibility')}</a>
      </footer>
      <UpdatePrompt />
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocationProvider>
        <Shell />
      </LocationProvider>
    </I18nProvider>
  );
}
