import './idee.css';
import { showForm } from './form.ts';
import { flushQueue } from './queue.ts';
import { showStatus } from './status.ts';
import { chosenLanguage, setLanguage, TEXT } from './text.ts';

/**
 * The resident's pages, /idee (the form) and /idee/<code> (the status page): an entry point
 * of their own, without the field app, Dexie or the connector's screens.
 */
const root = document.getElementById('idee');
if (!root) throw new Error('idee.html has no #idee element');
const language = chosenLanguage();
const t = TEXT[language];
document.documentElement.lang = language;

const other = language === 'nl' ? 'en' : 'nl';
const switcher = document.getElementById('idee-language');
if (switcher) {
  switcher.textContent = t.other;
  switcher.setAttribute('lang', other);
  switcher.addEventListener('click', () => {
    setLanguage(other);
    location.reload();
  });
}

const [, , code] = location.pathname.split('/');
if (code) void showStatus(root, t, language, code);
else void showForm(root, t, language);

// What waits in the queue goes now, and whenever the connection returns.
void flushQueue();
addEventListener('online', () => void flushQueue());

// A service worker for the /idee pages only keeps this page for offline visits (and sends
// the queue by Background Sync); it downloads none of the field app. Registered after the
// page is up, so it never competes with the form on a slow line. Not in every browser (or a
// private window): the page then works online only.
addEventListener('load', () => {
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register('/sw.js?resident', { scope: '/idee' }).catch(() => undefined);
  setTimeout(() => void register(), 3000);
});
