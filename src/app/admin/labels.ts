import type { UserStatus } from '../../shared/auth-api.ts';
import type { KernKind } from '../../shared/reference-data.ts';
import type { Role } from '../../shared/roles.ts';
import type { AdminTextKey } from '../i18n/admin-text.ts';
import type { MessageKey } from '../i18n/messages-nl.ts';

export const ROLE_LABELS: Record<Role, MessageKey> = {
  gebiedsverbinder: 'role.gebiedsverbinder',
  teamleider: 'role.teamleider',
  beheerder: 'role.beheerder',
};

export const STATUS_LABELS: Record<UserStatus, AdminTextKey> = {
  invited: 'status.invited',
  active: 'status.active',
  deactivated: 'status.deactivated',
};

export const KERN_KIND_LABELS: Record<KernKind, MessageKey> = {
  dorp: 'kernKind.dorp',
  buurtschap: 'kernKind.buurtschap',
  buitengebied: 'kernKind.buitengebied',
};
