/**
 * The words of "Meer" (settings, account) and of signing out, apart from the main catalogue:
 * they load with that screen and the sign-out button, both after the first screen.
 */
export const moreNl = {
  'settings.title': 'Meer',
  'settings.account': 'Je account',
  'settings.language': 'Taal',
  'settings.storage': 'Opslag op dit apparaat',
  'settings.storageUsed': 'In gebruik: {used} van {quota}',
  'settings.storageUnknown': 'Deze browser laat niet zien hoeveel opslag er is.',
  'settings.persisted': 'De browser bewaart de gegevens vast. Ze worden niet zomaar gewist.',
  'settings.notPersisted':
    'De browser kan de gegevens wissen als het apparaat vol raakt. Vraag vaste opslag aan.',
  'settings.requestPersist': 'Vaste opslag aanvragen',
  'settings.persistRefused':
    'De browser wil de opslag nu niet vastzetten. Installeer de app op je beginscherm en probeer het opnieuw.',
  'settings.version': 'Versie',
  'settings.appVersion': 'App-versie {version}',
  'signOut.button': 'Uitloggen',
  'signOut.title': 'Uitloggen?',
  'signOut.wipes': 'Als je uitlogt, worden alle gegevens van Noaber op dit apparaat gewist.',
  'signOut.unsent': 'Let op: {count} wijzigingen zijn nog niet verstuurd. Die gaan verloren.',
  'signOut.unsentOne': 'Let op: 1 wijziging is nog niet verstuurd. Die gaat verloren.',
  'signOut.confirm': 'Uitloggen en wissen',
  'signOut.cancel': 'Annuleren',
} as const;

export type MoreMessageKey = keyof typeof moreNl;
