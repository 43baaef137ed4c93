import type { MEMBERSHIP_ROLES } from '../../shared/records/person.ts';
import type { RecordMessageKey } from '../i18n/record-messages-nl.ts';

export const MEMBERSHIP_ROLE_LABELS: Record<(typeof MEMBERSHIP_ROLES)[number], RecordMessageKey> = {
  voorzitter: 'membership.voorzitter',
  secretaris: 'membership.secretaris',
  penningmeester: 'membership.penningmeester',
  bestuurslid: 'membership.bestuurslid',
  lid: 'membership.lid',
  contactpersoon: 'membership.contactpersoon',
};
