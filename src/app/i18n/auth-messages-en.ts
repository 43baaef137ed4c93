import type { AuthMessageKey } from './auth-messages-nl.ts';

export const authEn: Record<AuthMessageKey, string> = {
  'setup.title': 'Set your password',
  'setup.intro': 'Welcome, {name}. Choose a password for {email}.',
  'setup.introFirstAdministrator': 'Create the first administrator account of Noaber.',
  'setup.passwordHint':
    'At least {min} characters. A sentence of a few words is strong and easy to remember.',
  'setup.submit': 'Save password and sign in',
  'field.newPassword': 'New password',
  'field.repeatPassword': 'Repeat the password',
  'error.passwordRepeat': 'The two passwords are not the same.',
  'error.passwordLength': 'The password must have at least {min} characters.',
  'signIn.title': 'Sign in',
  'signIn.intro':
    'Sign in with your e-mail address and password. After that, Noaber also works without internet.',
  'signIn.submit': 'Sign in',
  'signIn.demoTitle': 'Demo accounts',
  'signIn.demoIntro':
    'This is a demo with invented data. Choose a role: the button fills in the e-mail address and password.',
  'signIn.demoUse': '{role}: {name}',
  'signIn.revoked':
    'An administrator signed you out on this device. The data on this device has been wiped.',
  'field.password': 'Password',
};
