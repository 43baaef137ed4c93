import { hasRole, type Role } from '../roles.ts';

/** Who asks to write: what the session says about an account, never what a device says. */
export interface Account {
  id: string;
  roles: readonly Role[];
  /** The kernen a gebiedsverbinder is assigned to. */
  kernIds: readonly string[];
}

/** A gebiedsverbinder does the field work: they create and change records in their kernen. */
export const doesFieldWork = (account: Pick<Account, 'roles'>): boolean =>
  hasRole(account.roles, 'gebiedsverbinder');

/** A teamleider moves initiatives and assigns them, in every kern. */
export const leadsTeam = (account: Pick<Account, 'roles'>): boolean =>
  hasRole(account.roles, 'teamleider');

/** Does this account work in this kern as a gebiedsverbinder? */
export const worksInKern = (account: Account, kernId: string): boolean =>
  doesFieldWork(account) && account.kernIds.includes(kernId);

/**
 * Who may act on a person's AVG rights (inzage: art. 15, erasure: art. 17) and see who had
 * their data: a beheerder, for anyone; a gebiedsverbinder, for the people of a kern they work
 * in (they know the person and handle the request). A teamleider reads everything but acts on
 * no one's rights through this alone. (Here, beside the other account rules, so that the
 * person screen asks it without a chunk of its own.)
 */
export function mayActOnPersonRights(account: Account, personKernId: string): boolean {
  return hasRole(account.roles, 'beheerder') || worksInKern(account, personKernId);
}
