import type { RevokedMessageKey } from './revoked-messages-nl.ts';

export const revokedEn: Record<RevokedMessageKey, string> = {
  'revoked.title': 'This device was signed out',
  'revoked.intro':
    'An administrator signed this device out ({time}). You cannot work with it any more.',
  'revoked.unsent':
    'There are still {count} changes on this device that were not sent. They stay until you choose what happens to them.',
  'revoked.unsentOne':
    'There is still 1 change on this device that was not sent. It stays until you choose what happens to it.',
  'revoked.exportTitle': 'Save the changes as a file',
  'revoked.exportHint': 'You get a file with every change that was not sent yet.',
  'revoked.export': 'Export unsent changes',
  'revoked.exported': 'The file was made.',
  'revoked.deliverTitle': 'Send the changes to the administrator',
  'revoked.deliverHint':
    'The administrator reviews them and accepts or discards them. You can do this once, within 14 days of the sign-out.',
  'revoked.deliver': 'Send for review',
  'revoked.delivered': 'Sent. The administrator reviews the changes.',
  'revoked.wipeTitle': 'Wipe this device',
  'revoked.wipeAnyway': 'Wipe anyway: I know that {count} changes will be lost',
  'revoked.wipeAnywayOne': 'Wipe anyway: I know that 1 change will be lost',
  'revoked.wipe': 'Wipe this device',
  'revoked.failure.deliveryRefused':
    'The server does not take the changes of this device. Export them as a file.',
  'revoked.failure.deliveryExpired':
    'Sending is no longer possible: the sign-out was more than 14 days ago. Export the changes as a file.',
  'revoked.failure.alreadyDelivered': 'These changes were sent already.',
  'revoked.failure.tooMuchToDeliver': 'These are too many changes to send. Export them as a file.',
};
