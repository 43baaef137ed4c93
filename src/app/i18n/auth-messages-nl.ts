/** The words of the sign-in and set-password screens (loaded with them, not with Vandaag). */
export const authNl = {
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
  'signIn.title': 'Inloggen',
  'signIn.intro':
    'Log in met je e-mailadres en wachtwoord. Daarna werkt Noaber ook zonder internet.',
  'signIn.submit': 'Inloggen',
  'signIn.demoTitle': 'Demo-accounts',
  'signIn.demoIntro':
    'Dit is een demo met verzonnen gegevens. Kies een rol: de knop vult het e-mailadres en het wachtwoord in.',
  'signIn.demoUse': '{role}: {name}',
  'signIn.revoked':
    'Je bent op dit apparaat uitgelogd door een beheerder. De gegevens op dit apparaat zijn gewist.',
  'field.password': 'Wachtwoord',
} as const;

export type AuthMessageKey = keyof typeof authNl;
