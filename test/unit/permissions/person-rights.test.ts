import { describe, expect, it } from 'vitest';
import { mayActOnPersonRights, type Account } from '../../../src/shared/permissions/account.ts';
import {
  A,
  B,
  administrator,
  colleague,
  connector,
  leadingConnector,
  outsider,
  teamLead,
} from './fixtures.ts';

/** Who may export, erase and see the access log of a person in kern A (person-rights.ts). */
const table: [string, Account, boolean][] = [
  ['the connector of the kern', connector, true],
  ['a colleague who works in the kern too', colleague, true],
  ['a connector of another kern', outsider, false],
  ['a teamleider (reads all, acts on no one’s rights)', teamLead, false],
  ['a beheerder, whatever their kernen', { ...administrator, kernIds: [] }, true],
  ['a connector who also leads the team, in the kern', leadingConnector, true],
];

describe('who acts on a person’s AVG rights', () => {
  it.each(table)('%s: %s', (_who, account, allowed) => {
    expect(mayActOnPersonRights(account, A)).toBe(allowed);
  });

  it('follows the person’s kern, not the account’s first kern', () => {
    expect(mayActOnPersonRights(connector, B)).toBe(false);
    expect(mayActOnPersonRights(outsider, B)).toBe(true);
  });

  it('a kern assignment without the connector role gives no right', () => {
    expect(mayActOnPersonRights({ id: 'x', roles: ['teamleider'], kernIds: [A] }, A)).toBe(false);
  });
});
