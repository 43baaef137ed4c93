import type { SessionUser } from '../../shared/auth-api.ts';
import type { UserRecord } from '../store/store.ts';

/** What a signed-in device may know about its user: never the password hash or status. */
export function toSessionUser(user: UserRecord): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    kernIds: user.kernIds,
  };
}
