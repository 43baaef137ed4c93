import { describe, expect, it } from 'vitest';
import { mayReadInKern, mayWriteInKern } from '../../src/server/auth/authorization.ts';
import type { Principal } from '../../src/server/auth/session-service.ts';
import type { Role } from '../../src/shared/roles.ts';

function principal(roles: Role[], kernIds: string[]): Principal {
  return {
    sessionId: 's',
    user: {
      id: 'u',
      email: 'u@x.nl',
      displayName: 'U',
      passwordHash: null,
      status: 'active',
      roles,
      kernIds,
      createdAt: 0,
      updatedAt: 0,
    },
  };
}

describe('kern scope', () => {
  it('lets a gebiedsverbinder read and write only in their own kernen', () => {
    const gv = principal(['gebiedsverbinder'], ['hoonhorst']);
    expect(mayWriteInKern(gv, 'hoonhorst')).toBe(true);
    expect(mayReadInKern(gv, 'hoonhorst')).toBe(true);
    expect(mayWriteInKern(gv, 'oudleusen')).toBe(false);
    expect(mayReadInKern(gv, 'oudleusen')).toBe(false);
  });

  it('lets a teamleider read everywhere but not write records', () => {
    const lead = principal(['teamleider'], []);
    expect(mayReadInKern(lead, 'oudleusen')).toBe(true);
    expect(mayWriteInKern(lead, 'oudleusen')).toBe(false);
  });

  it('gives a beheerder no access to records unless they also hold another role', () => {
    expect(mayReadInKern(principal(['beheerder'], ['hoonhorst']), 'hoonhorst')).toBe(false);
    expect(mayReadInKern(principal(['beheerder', 'teamleider'], []), 'hoonhorst')).toBe(true);
  });
});
