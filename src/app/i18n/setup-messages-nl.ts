/** The words of the set-password screen (loaded with it: most visits never show it). */
export const setupNl = {
  'setup.title': 'Wachtwoord instellen',
  'setup.intro': 'Welkom, {name}. Kies een wachtwoord voor {email}.',
  'setup.introFirstAdministrator': 'Maak het eerste beheerdersaccount van Noaber.',
  'setup.passwordHint':
    'Minstens {min} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.',
  'setup.submit': 'Wachtwoord opslaan en inloggen',
  'field.newPassword': 'Nieuw wachtwoord',
  'field.repeatPassword': 'Herhaal het wachtwoord',
  'error.passwordRepeat': 'De twee wachtwoorden zijn niet gelijk.',
  'error.passwordLength': 'Het wachtwoord moet minstens {min} tekens hebben.',
} as const;

export type SetupMessageKey = keyof typeof setupNl;
