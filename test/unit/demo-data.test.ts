import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generateDemoData, type DemoData } from '../../src/server/demo/demo-data.ts';
import { fullName } from '../../src/server/demo/demo-names.ts';
import {
  DALFSEN_KERNEN,
  DEFAULT_ORGANISATION_KINDS,
} from '../../src/server/seed/dalfsen-reference-data.ts';
import { addDays, daysBetween } from '../../src/shared/dates/civil-date.ts';
import { feedbackState } from '../../src/shared/dates/feedback-deadline.ts';
import { newId } from '../../src/shared/ids.ts';
import { ActionSchema } from '../../src/shared/records/action.ts';
import { refusalsOf } from '../../src/shared/permissions/write-permission.ts';
import {
  checkTransition,
  INITIATIVE_STATUSES,
  type InitiativeStatus,
} from '../../src/shared/records/initiative-status.ts';
import { InitiativeSchema } from '../../src/shared/records/initiative.ts';
import { OrganisationSchema } from '../../src/shared/records/organisation.ts';
import { PersonSchema } from '../../src/shared/records/person.ts';
import { VisitSchema } from '../../src/shared/records/visit.ts';
import type { Kern } from '../../src/shared/reference-data.ts';

const TODAY = '2025-11-21';
const kernen: Kern[] = DALFSEN_KERNEN.map((kern, i) => ({
  id: newId(1_700_000_000_000 + i),
  name: kern.name,
  kind: kern.kind,
  parentId: null,
  active: true,
}));
const kinds = DEFAULT_ORGANISATION_KINDS.map((name, i) => ({
  id: newId(1_700_000_100_000 + i),
  name,
  active: true,
}));
const kernId = (name: string) => kernen.find((kern) => kern.name === name)!.id;
const connectors = [
  { id: newId(), kernIds: [kernId('Hoonhorst'), kernId('Oudleusen')] },
  { id: newId(), kernIds: [kernId('Dalfsen'), kernId('Ankum')] },
];
const teamLeadId = newId();

function generate(seed: number, today = TODAY): DemoData {
  return generateDemoData({
    seed,
    today,
    kernen,
    organisationKinds: kinds,
    connectors,
    teamLeadId,
  });
}

const data = generate(42);

function failures(schema: v.GenericSchema, records: unknown[]): string[] {
  return records.flatMap((record) => {
    const result = v.safeParse(schema, record);
    return result.success
      ? []
      : [`${JSON.stringify(record).slice(0, 80)}: ${result.issues[0].message}`];
  });
}

describe('demo data set', () => {
  it('has a believable size', () => {
    expect(data.organisations.length).toBeGreaterThan(40);
    expect(data.people.length).toBeGreaterThan(100);
    expect(data.visits.length).toBeGreaterThanOrEqual(300);
    expect(data.visits.length).toBeLessThanOrEqual(400);
    expect(data.initiatives.length).toBeGreaterThanOrEqual(40);
    expect(data.initiatives.length).toBeLessThanOrEqual(60);
    expect(data.actions.length).toBeGreaterThan(50);
  });

  it('passes the shared schemas, unchanged by parsing', () => {
    const tables = [
      [OrganisationSchema, data.organisations],
      [PersonSchema, data.people],
      [VisitSchema, data.visits],
      [InitiativeSchema, data.initiatives],
      [ActionSchema, data.actions],
    ] as const;
    for (const [schema, records] of tables) {
      expect(failures(schema, records)).toEqual([]);
      for (const record of records) expect(v.parse(schema, record)).toEqual(record);
    }
  });

  it('is the same for the same seed and day, and different for another seed', () => {
    expect(generate(42)).toEqual(data);
    expect(generate(43).visits[0]?.id).not.toBe(data.visits[0]?.id);
  });

  it('gives every record its own id', () => {
    const ids = Object.values(data).flatMap((records: { id: string }[]) =>
      records.map((r) => r.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has initiatives in every status, each reached by allowed steps with reasons', () => {
    const statuses = new Set(data.initiatives.map((i) => i.status));
    expect([...statuses].sort()).toEqual([...INITIATIVE_STATUSES].sort());
    for (const initiative of data.initiatives) {
      const [first, ...rest] = initiative.statusHistory;
      expect(first).toMatchObject({ from: null, to: 'ingediend' });
      let pausedFrom: InitiativeStatus | undefined;
      let at = first!.at;
      for (const change of rest) {
        const check = checkTransition(change.from!, change.to, {
          pausedFrom,
          reason: change.reason,
        });
        expect(check, `${change.from} → ${change.to}`).toEqual({ ok: true });
        expect(change.at).toBeGreaterThan(at);
        at = change.at;
        if (change.to === 'gepauzeerd') pausedFrom = change.from ?? undefined;
      }
      expect(initiative.statusHistory.at(-1)?.to).toBe(initiative.status);
    }
  });

  it('has feedback overdue, on time and late, and Noaberfonds requests', () => {
    const states = data.initiatives.map((i) =>
      feedbackState(i.feedbackDeadline, i.feedbackLog[0]?.date, TODAY),
    );
    expect(states.filter((s) => s === 'overdue').length).toBeGreaterThanOrEqual(3);
    expect(states.filter((s) => s === 'on-time').length).toBeGreaterThanOrEqual(10);
    expect(states).toContain('late');
    const funded = data.initiatives.filter((i) => i.noaberfonds);
    expect(funded.length).toBeGreaterThanOrEqual(3);
    expect(funded.flatMap((i) => i.noaberfonds!.steps.map((s) => s.step))).toContain(
      'vaststelling',
    );
    expect(data.initiatives.some((i) => i.type === 'uitdaagrecht')).toBe(true);
  });

  it('spans about two years of visits, none in the future', () => {
    const dates = data.visits.map((visit) => visit.date).sort();
    expect(daysBetween(dates[0]!, TODAY)).toBeGreaterThanOrEqual(700);
    expect(daysBetween(dates.at(-1)!, TODAY)).toBeLessThanOrEqual(14);
    const everything = [
      ...dates,
      ...data.initiatives.flatMap((i) => [i.registeredOn, ...i.feedbackLog.map((f) => f.date)]),
      ...data.actions.flatMap((a) => (a.doneOn ? [a.doneOn] : [])),
    ];
    expect(everything.filter((date) => date > TODAY)).toEqual([]);
  });

  it('follows the year: fewer visits in the summer holidays than in spring and autumn', () => {
    const perMonth = (months: string[]) =>
      data.visits.filter((visit) => months.includes(visit.date.slice(5, 7))).length / months.length;
    expect(perMonth(['07', '08'])).toBeLessThan(0.6 * perMonth(['03', '04', '09', '10']));
  });

  it('has teamleider review notes the permission model accepts, some done', () => {
    const notes = data.actions.filter((action) => action.requestedById === teamLeadId);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    expect(notes.some((note) => note.done)).toBe(true);
    const initiatives = new Map(data.initiatives.map((i) => [i.id, i]));
    const lead = { id: teamLeadId, roles: ['teamleider' as const], kernIds: [] };
    for (const note of notes) {
      const made = { ...note, done: false, doneOn: null };
      const refusals = refusalsOf(
        lead,
        { table: 'actions', before: undefined, after: made, fields: Object.keys(made) },
        {
          kernOf: (_table, id) => initiatives.get(id)?.kernId,
          worksIn: (userId, kern) =>
            connectors.some((c) => c.id === userId && c.kernIds.includes(kern)),
          responsibleFor: (_table, id) => initiatives.get(id)?.assignedConnectorId,
        },
      );
      expect(refusals).toEqual([]);
    }
  });

  it('has open and done actions, some of them overdue', () => {
    expect(data.actions.some((a) => a.done)).toBe(true);
    expect(data.actions.some((a) => !a.done && a.dueDate < TODAY)).toBe(true);
    expect(data.actions.some((a) => !a.done && a.dueDate >= TODAY)).toBe(true);
  });

  it('refers only to records, kernen, kinds and accounts that exist', () => {
    const kernIds = new Set(kernen.map((k) => k.id));
    const kindIds = new Set(kinds.map((k) => k.id));
    const users = new Set([...connectors.map((c) => c.id), teamLeadId]);
    const organisations = new Set(data.organisations.map((o) => o.id));
    const people = new Set(data.people.map((p) => p.id));
    const visits = new Set(data.visits.map((x) => x.id));
    const initiatives = new Set(data.initiatives.map((i) => i.id));
    for (const o of data.organisations) {
      expect(kindIds).toContain(o.kindId);
      for (const id of o.kernIds) expect(kernIds).toContain(id);
    }
    for (const p of data.people) {
      expect(kernIds).toContain(p.kernId);
      for (const m of p.memberships) expect(organisations).toContain(m.organisationId);
    }
    for (const x of data.visits) {
      expect(kernIds).toContain(x.kernId);
      expect(users).toContain(x.authorId);
      for (const id of x.organisationIds) expect(organisations).toContain(id);
      for (const id of x.personIds) expect(people).toContain(id);
      for (const id of x.initiativeIds) expect(initiatives).toContain(id);
    }
    for (const i of data.initiatives) {
      expect(kernIds).toContain(i.kernId);
      if (i.initiatorPersonId) expect(people).toContain(i.initiatorPersonId);
      if (i.assignedConnectorId) expect(users).toContain(i.assignedConnectorId);
      expect(users).toContain(i.registeredById);
      for (const change of i.statusHistory) expect(users).toContain(change.by);
    }
    for (const a of data.actions) {
      expect(users).toContain(a.assigneeId);
      if (a.visitId) expect(visits).toContain(a.visitId);
      if (a.initiativeId) expect(initiatives).toContain(a.initiativeId);
    }
  });

  it('keeps Plaatselijk Belang Dalfsen as dissolved on 31 December 2022', () => {
    const pb = data.organisations.find((o) => o.name === 'Plaatselijk Belang Dalfsen');
    expect(pb).toMatchObject({ status: 'opgeheven', endDate: '2022-12-31' });
    const visitsAfter = data.visits.filter(
      (x) => x.organisationIds.includes(pb!.id) && x.date > '2022-12-31',
    );
    expect(visitsAfter).toEqual([]);
    expect(data.organisations.filter((o) => o.name.startsWith('Plaatselijk Belang'))).toHaveLength(
      6,
    );
  });

  it('writes the tussenvoegsel in lower case inside a full name ("Erik ter Haar")', () => {
    expect(fullName('Erik', 'Ter Haar')).toBe('Erik ter Haar');
    expect(fullName('Jan', 'Van der Veen')).toBe('Jan van der Veen');
    expect(fullName('Anne', 'Klein Haar')).toBe('Anne Klein Haar');
    expect(fullName('Gerrit', 'Jansen')).toBe('Gerrit Jansen');
    const names = data.people.map((person) => person.name);
    expect(names.some((name) => / (ter|ten|van) /.test(name))).toBe(true);
    expect(names.filter((name) => / (Ter|Ten|Van|De|Der|Den) /.test(name))).toEqual([]);
  });

  it('works for another day and seed too', () => {
    const other = generate(7, addDays(TODAY, 400));
    expect(failures(InitiativeSchema, other.initiatives)).toEqual([]);
    expect(new Set(other.initiatives.map((i) => i.status)).size).toBe(INITIATIVE_STATUSES.length);
  });
});
