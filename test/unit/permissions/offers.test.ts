import { describe, expect, it } from 'vitest';
import {
  kernenToCreateIn,
  mayAssign,
  whyNotChange,
  whyReadOnly,
} from '../../../src/shared/permissions/offers.ts';
import { doesFieldWork, leadsTeam, worksInKern } from '../../../src/shared/permissions/account.ts';
import {
  A,
  administrator,
  B,
  colleague,
  connector,
  facts,
  leadingConnector,
  recordIn,
  teamLead,
} from './fixtures.ts';

/** The app offers only what the model accepts: the same function, asked before a form opens. */
describe('what the app offers', () => {
  it('lists in the kern pickers only the kernen one may create in', () => {
    for (const table of ['organisations', 'people', 'visits', 'initiatives'] as const) {
      expect(kernenToCreateIn(connector, table, [A, B], facts)).toEqual([A]);
      expect(kernenToCreateIn(colleague, table, [A, B], facts)).toEqual([A, B]);
      expect(kernenToCreateIn(teamLead, table, [A, B], facts)).toEqual([]);
      expect(kernenToCreateIn(administrator, table, [A, B], facts)).toEqual([]);
    }
  });

  it('says why a record that one may read cannot be changed', () => {
    const ownVisitElsewhere = { ...recordIn('visits', B), authorId: connector.id };
    expect(whyReadOnly(connector, 'visits', ownVisitElsewhere, facts)).toBe('outside-your-kernen');
    expect(whyReadOnly(connector, 'visits', recordIn('visits', A), facts)).toBeNull();
    expect(whyReadOnly(teamLead, 'people', recordIn('people', A), facts)).toBe('no-field-role');
    expect(whyReadOnly(teamLead, 'initiatives', recordIn('initiatives', B), facts)).toBeNull();
    expect(whyReadOnly(administrator, 'initiatives', recordIn('initiatives', A), facts)).toBe(
      'no-field-role',
    );
  });

  it('offers the status steps to the kern’s connectors and to a teamleider', () => {
    const fields = ['status', 'statusHistory', 'updatedAt'];
    const initiative = recordIn('initiatives', B);
    expect(whyNotChange(teamLead, 'initiatives', initiative, fields, facts)).toBeNull();
    expect(whyNotChange(colleague, 'initiatives', initiative, fields, facts)).toBeNull();
    expect(whyNotChange(connector, 'initiatives', initiative, fields, facts)).toBe(
      'outside-your-kernen',
    );
    expect(whyNotChange(teamLead, 'initiatives', initiative, ['title'], facts)).toBe(
      'teamlead-fields-only',
    );
  });

  it('offers in the connector pickers only whom the model accepts', () => {
    const unassigned = recordIn('initiatives', A);
    const offered = (account: typeof connector, initiative: typeof unassigned | undefined) =>
      [null, 'anna', 'bert', 'carl', 'lea'].filter((candidate) =>
        mayAssign(account, initiative, A, candidate, facts),
      );
    // Registering: any connector of the kern, or nobody yet.
    expect(offered(connector, undefined)).toEqual([null, 'anna', 'bert']);
    // An unassigned one: Anna takes it herself; a teamleider gives it to anyone of the kern.
    expect(offered(connector, unassigned)).toEqual([null, 'anna']);
    expect(offered(teamLead, unassigned)).toEqual([null, 'anna', 'bert']);
    // Her own: she hands it to a colleague of the kern.
    const hers = { ...unassigned, assignedConnectorId: 'anna' };
    expect(offered(connector, hers)).toEqual(['anna', 'bert']);
    // In another kern she offers nothing.
    expect(offered(connector, recordIn('initiatives', B))).toEqual([]);
  });

  it('knows the roles: field work, leading the team, working in a kern', () => {
    expect(doesFieldWork(connector)).toBe(true);
    expect(doesFieldWork(teamLead)).toBe(false);
    expect(doesFieldWork(administrator)).toBe(false);
    expect(leadsTeam(teamLead)).toBe(true);
    expect(leadsTeam(leadingConnector)).toBe(true);
    expect(leadsTeam(connector)).toBe(false);
    expect(worksInKern(connector, A)).toBe(true);
    expect(worksInKern(connector, B)).toBe(false);
    expect(worksInKern(administrator, A)).toBe(false);
  });
});
