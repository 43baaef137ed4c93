import type { MoreMessageKey } from './more-messages-nl.ts';

/** English words of "Meer" and of signing out. */
export const moreEn: Record<MoreMessageKey, string> = {
  'settings.title': 'More',
  'settings.account': 'Your account',
  'settings.language': 'Language',
  'settings.storage': 'Storage on this device',
  'settings.storageUsed': 'In use: {used} of {quota}',
  'settings.storageUnknown': 'This browser does not show how much storage there is.',
  'settings.persisted': 'The browser keeps the data permanently. It will not be wiped.',
  'settings.notPersisted':
    'The browser may wipe the data when the device runs out of space. Ask for permanent storage.',
  'settings.requestPersist': 'Ask for permanent storage',
  'settings.persistRefused':
    'The browser does not want to keep the storage permanently now. Install the app on your home screen and try again.',
  'settings.version': 'Version',
  'settings.appVersion': 'App version {version}',
  'signOut.button': 'Sign out',
  'signOut.title': 'Sign out?',
  'signOut.wipes': 'Signing out wipes all Noaber data from this device.',
  'signOut.unsent': 'Careful: {count} changes have not been sent yet. They will be lost.',
  'signOut.unsentOne': 'Careful: 1 change has not been sent yet. It will be lost.',
  'signOut.confirm': 'Sign out and wipe',
  'signOut.cancel': 'Cancel',
};
