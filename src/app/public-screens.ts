import lazy from 'preact-iso/lazy';

/*
 * The screens a device shows signed out as well as signed in. Each loads when opened (and is
 * precached, so it opens offline too); on a first visit the sign-in screen came with the page
 * already (src/app/first-screen/).
 */
export const AccessibilityScreen = lazy(() => import('./screens/AccessibilityScreen.tsx'));
// Signing in happens once per device (sessions last 60 days), so its screen is not in the
// first bundle: most starts open straight on Vandaag.
export const SignInScreen = lazy(() =>
  import('./auth/SignInScreen.tsx').then((m) => m.SignInScreen),
);
export const SetupPasswordScreen = lazy(() =>
  import('./auth/SetupPasswordScreen.tsx').then((m) => m.SetupPasswordScreen),
);
