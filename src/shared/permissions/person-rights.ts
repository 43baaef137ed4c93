import { hasRole } from '../roles.ts';
import { worksInKern, type Account } from './account.ts';

/**
 * Who may act on a person's AVG rights (inzage: art. 15, erasure: art. 17) and see who had
 * their data: a beheerder, for anyone; a gebiedsverbinder, for the people of a kern they work
 * in (they know the person and handle the request). A teamleider reads everything but acts on
 * no one's rights through this alone.
 */
export function mayActOnPersonRights(account: Account, personKernId: string): boolean {
  return hasRole(account.roles, 'beheerder') || worksInKern(account, personKernId);
}
