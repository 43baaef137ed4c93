import type { SetupMessageKey } from './setup-messages-nl.ts';

export const setupEn: Record<SetupMessageKey, string> = {
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
};
