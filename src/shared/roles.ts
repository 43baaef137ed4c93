/**
 * The roles of ARCHITECTURE.md/issue #3. A user can hold several. Residents have no account.
 * - gebiedsverbinder: works in the kernen assigned to them;
 * - teamleider: reads everything, assigns initiatives and sets their status;
 * - beheerder: accounts, roles, kern assignments and the reference lists.
 */
export const ROLES = ['gebiedsverbinder', 'teamleider', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

export function hasRole(roles: readonly Role[], ...wanted: Role[]): boolean {
  return wanted.some((role) => roles.includes(role));
}
