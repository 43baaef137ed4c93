import type { FailureMessageKey } from './failure-words-nl.ts';

export const failureEn: Record<FailureMessageKey, string> = {
  'failure.general': 'Something went wrong. Please try again.',
  'failure.network': 'No connection to the server. Try again when you have internet.',
  'failure.badAnswer':
    'The server gave a strange answer. You may need to sign in to the Wi-Fi network first.',
  'failure.invalidCredentials': 'The e-mail address or the password is wrong.',
  'failure.rateLimited': 'Too many attempts. Wait a quarter of an hour and try again.',
  'failure.storageUnavailable': 'The server cannot store anything right now. Try again later.',
  'failure.invalidSetupLink':
    'This link does not work (any more). Ask the administrator for a new link.',
  'failure.forbidden': 'You do not have access to this part.',
  'failure.conflict': 'This exists already, or it is not possible now. Check what you entered.',
  'failure.kernCycle':
    'A village cannot belong to itself, not even through another village. Choose another one.',
  'failure.invalidBody': 'Not everything is filled in correctly. Check the fields.',
  'failure.sessionEnded': 'Your session has ended. Sign in again.',
  'failure.sessionRevoked': 'An administrator signed you out on this device.',
};
