import type { MessageKey } from './i18n/messages-nl.ts';

/** The teamleider's Overzicht: their start screen when they do no field work themselves. */
export const OVERVIEW_PATH = '/overzicht';

/** The screens in the main menu, in menu order. Paths are Dutch: people see and share them. */
export const MAIN_MENU: readonly {
  path: string;
  label: MessageKey;
  adminOnly?: boolean;
  teamLeadOnly?: boolean;
}[] = [
  { path: '/', label: 'nav.today' },
  { path: OVERVIEW_PATH, label: 'nav.overview', teamLeadOnly: true },
  { path: '/kernen', label: 'nav.kernen' },
  { path: '/initiatieven', label: 'nav.initiatives' },
  { path: '/zoeken', label: 'nav.search' },
  { path: '/instellingen', label: 'nav.settings' },
  { path: '/beheer', label: 'nav.admin', adminOnly: true },
];

export const ACCESSIBILITY_PATH = '/toegankelijkheid';
export const SIGN_IN_PATH = '/inloggen';
export { SETUP_PATH } from '../shared/auth-api.ts';
