import type { MEMBERSHIP_ROLES } from '../../shared/records/person.ts';
import type { MessageKey } from '../i18n/messages-nl.ts';

export const MEMBERSHIP_ROLE_LABELS: Record<(typeof MEMBERSHIP_ROLES)[number], MessageKey> = {
  voorzitter: 'membership.voorzitter',
  secretaris: 'membership.secretaris',
  penningmeester: 'membership.penningmeester',
  bestuurslid: 'membership.bestuurslid',
  lid: 'membership.lid',
  contactpersoon: 'membership.contactpersoon',
};
