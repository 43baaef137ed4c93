import { render } from 'preact';
import { AuthClient } from '../sync/auth-client.ts';
import { App } from './App.tsx';
import './styles/nlds.css';
import './styles/noaber-theme.css';
import './styles/layout.css';
import './styles/app.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const auth = new AuthClient();
void auth.reload();
render(<App auth={auth} />, root);
