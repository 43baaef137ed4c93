import { render } from 'preact';
import { App } from './App.tsx';
import './styles/theme.css';
import './styles/layout.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
render(<App />, root);
