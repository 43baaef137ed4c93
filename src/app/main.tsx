import { hydrate, render } from 'preact';
import { rememberSessionHint } from '../db/session-storage.ts';
import { AuthClient, type AuthState } from '../sync/auth-client.ts';
import { App } from './App.tsx';
import { markAppLive } from './first-screen/take-over.ts';
import { ACCESSIBILITY_PATH, SETUP_PATH } from './routes.ts';
import './styles/nlds.css';
import './styles/noaber-theme.css';
import './styles/layout.css';
import './styles/app.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
// The account databases (Dexie) load when a session starts: a first visit needs none of them.
const auth = new AuthClient(() => import('../db/user-data.ts'));

/** index.html holds the sign-in screen (prerendered): is that what this start shows? */
function showsPrerenderedScreen(state: AuthState, path: string): boolean {
  // A revoke notice above the form is not in the page: such a start renders afresh.
  return (
    state.status === 'signed-out' &&
    !state.notice &&
    path !== SETUP_PATH &&
    path !== ACCESSIBILITY_PATH
  );
}

// The stored session (read in a few ms) decides the first render: taking over the sign-in
// form the page already shows, with whatever was typed into it, or replacing it.
void auth
  .reload()
  .catch(() => undefined)
  .then(() => {
    const state = auth.current;
    if (state.status !== 'loading') rememberSessionHint(state.status !== 'signed-out');
    if (showsPrerenderedScreen(state, location.pathname)) {
      // The sign-in screen marks the page live once its form is the app's (SignInScreen.tsx).
      hydrate(<App auth={auth} />, root);
      root.hidden = false;
    } else {
      root.replaceChildren();
      render(<App auth={auth} />, root);
      markAppLive(root);
    }
  });
