import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/shared/roles.ts';
import { DIST_DIR } from '../support/paths.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { createAccount, reasonOf } from '../support/accounts.ts';

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', 'gebiedsverbinder', 'teamleider', 'beheerder'];

interface RouteCase {
  method: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** Who may call it; everyone else is refused (anonymous with 401, others with 403). */
  allowed: 'public' | 'signed-in' | Role[];
}

interface Ids {
  someUserId: string;
  someSessionId: string;
  someKernId: string;
  someKindId: string;
}

/**
 * Every API route, with who may call it. A route added to the server but not to this table
 * fails the last test below, so the table stays complete.
 */
const ROUTES: RouteCase[] = [
  { method: 'GET', path: () => '/api/health', allowed: 'public' },
  { method: 'GET', path: () => '/api/auth/session', allowed: 'signed-in' },
  { method: 'GET', path: () => '/api/kernen', allowed: 'signed-in' },
  { method: 'GET', path: () => '/api/organisation-kinds', allowed: 'signed-in' },
  { method: 'GET', path: () => '/api/colleagues', allowed: 'signed-in' },
  {
    method: 'POST',
    path: () => '/api/sync/push',
    // Each caller its own new client id: a client id belongs to the first user who uses it.
    body: () => ({ clientId: randomUUID(), protocolVersion: 2, epoch: null, mutations: [] }),
    allowed: 'signed-in',
  },
  {
    method: 'POST',
    path: () => '/api/sync/pull',
    body: () => ({ clientId: randomUUID(), protocolVersion: 2, epoch: null, cursor: 0 }),
    allowed: 'signed-in',
  },
  { method: 'GET', path: () => '/api/admin/users', allowed: ['beheerder'] },
  {
    method: 'POST',
    path: () => '/api/admin/users',
    body: () => ({
      email: `nieuw-${randomUUID()}@dalfsen.nl`,
      displayName: 'Nieuw',
      roles: ['teamleider'],
    }),
    allowed: ['beheerder'],
  },
  {
    method: 'PATCH',
    path: (ids) => `/api/admin/users/${ids.someUserId}`,
    body: () => ({ displayName: 'Andere naam' }),
    allowed: ['beheerder'],
  },
  {
    method: 'POST',
    path: (ids) => `/api/admin/users/${ids.someUserId}/setup-link`,
    body: () => ({}),
    allowed: ['beheerder'],
  },
  {
    method: 'GET',
    path: (ids) => `/api/admin/users/${ids.someUserId}/sessions`,
    allowed: ['beheerder'],
  },
  {
    method: 'POST',
    path: (ids) => `/api/admin/users/${ids.someUserId}/revoke-sessions`,
    body: () => ({}),
    allowed: ['beheerder'],
  },
  {
    method: 'POST',
    path: (ids) => `/api/admin/sessions/${ids.someSessionId}/revoke`,
    body: () => ({}),
    allowed: ['beheerder'],
  },
  { method: 'GET', path: () => '/api/admin/audit', allowed: ['beheerder'] },
  {
    method: 'POST',
    path: () => '/api/admin/kernen',
    body: () => ({ name: `Kern ${randomUUID()}`, kind: 'buurtschap' }),
    allowed: ['beheerder'],
  },
  {
    method: 'PATCH',
    path: (ids) => `/api/admin/kernen/${ids.someKernId}`,
    body: () => ({ active: true }),
    allowed: ['beheerder'],
  },
  {
    method: 'POST',
    path: () => '/api/admin/organisation-kinds',
    body: () => ({ name: `Soort ${randomUUID()}` }),
    allowed: ['beheerder'],
  },
  {
    method: 'PATCH',
    path: (ids) => `/api/admin/organisation-kinds/${ids.someKindId}`,
    body: () => ({ active: true }),
    allowed: ['beheerder'],
  },
  { method: 'GET', path: () => '/api/feedback-term', allowed: 'signed-in' },
  {
    method: 'PUT',
    path: () => '/api/admin/feedback-term',
    body: () => ({ unit: 'weeks', amount: 4 }),
    allowed: ['beheerder'],
  },
  { method: 'POST', path: () => '/api/auth/logout', body: () => ({}), allowed: 'signed-in' },
  { method: 'GET', path: () => '/api/admin/quarantine', allowed: ['beheerder'] },
  { method: 'GET', path: () => '/api/ideas/kernen', allowed: 'public' },
  { method: 'GET', path: () => '/api/admin/retention', allowed: ['beheerder'] },
  {
    method: 'PUT',
    path: () => '/api/admin/retention',
    body: () => ({
      inactivePeopleMonths: 24,
      visitNotesMonths: 60,
      finishedInitiativeMonths: null,
      accessLogMonths: 24,
    }),
    allowed: ['beheerder'],
  },
];

/** Routes that change the caller's own session or need a secret; tested in auth-sessions. */
const TESTED_ELSEWHERE = [
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/auth/setup',
  'POST /api/auth/setup-info',
  // A revoked device's delivery and a decision on it: revoke-quarantine.test.ts.
  'POST /api/quarantine',
  'POST /api/admin/quarantine/:id/accept',
  'POST /api/admin/quarantine/:id/discard',
  // Logging a contact-details export, teamleider only: export-audit.test.ts.
  'POST /api/audit/contact-export',
  // A resident's idea and status page (public, need a real code) and the connector's photo
  // and spam routes (need a real idea): idea-intake.test.ts, roles included.
  'POST /api/ideas',
  'POST /api/ideas/status',
  'POST /api/ideas/message',
  'POST /api/ideas/withdraw',
  'POST /api/ideas/satisfaction',
  'GET /api/ideas/photos/:id',
  'POST /api/ideas/spam/:id',
  'POST /api/ideas/place/:id',
  // A person's rights: signed in, then per person (a beheerder or the kern's connector):
  // person-erasure.test.ts and privacy-rights.test.ts.
  'GET /api/privacy/people/:id/mentions',
  'POST /api/privacy/people/:id/erase',
  'GET /api/privacy/people/:id/export',
  'GET /api/privacy/people/:id/access',
];

function isAllowed(route: RouteCase, caller: Caller): boolean {
  if (route.allowed === 'public') return true;
  if (caller === 'anonymous') return false;
  return route.allowed === 'signed-in' || route.allowed.includes(caller);
}

describe('authorization: every role against every route', () => {
  let server: InProcessServer;
  let ids: Ids;
  const tokens = new Map<Caller, () => Promise<string | undefined>>();

  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: DIST_DIR });
    const target = await createAccount(
      server,
      'doel@dalfsen.nl',
      ['gebiedsverbinder'],
      ['Hoonhorst'],
    );
    ids = {
      someUserId: target.user.id,
      someSessionId: target.sessionId,
      someKernId: (await server.store.reference.listKernen())[0]!.id,
      someKindId: (await server.store.reference.listOrganisationKinds())[0]!.id,
    };
    tokens.set('anonymous', () => Promise.resolve(undefined));
    for (const role of ['gebiedsverbinder', 'teamleider', 'beheerder'] as const) {
      // A fresh session per call: the logout route ends the session it is called with.
      let n = 0;
      tokens.set(role, async () => {
        n += 1;
        return (await createAccount(server, `${role}-${n}@dalfsen.nl`, [role], ['Hoonhorst']))
          .accessToken;
      });
    }
  });
  afterAll(() => server.close());

  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      const allowed = isAllowed(route, caller);
      it(`${route.method} ${route.path({ someUserId: ':user', someSessionId: ':session', someKernId: ':kern', someKindId: ':kind' })} as ${caller}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const accessToken = await tokens.get(caller)!();
        const body = route.body?.(ids);
        const response = await fetch(`${server.baseUrl}${route.path(ids)}`, {
          method: route.method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        if (allowed) {
          expect(response.status, await response.clone().text()).toBeLessThan(400);
        } else if (caller === 'anonymous') {
          expect(response.status).toBe(401);
          expect(await reasonOf(response)).toBe('unauthorized');
        } else {
          expect(response.status).toBe(403);
          expect(await reasonOf(response)).toBe('forbidden');
        }
      });
    }
  }

  it('covers every API route the server has', () => {
    const listed = new Set([
      ...ROUTES.map(
        (r) =>
          `${r.method} ${r.path({ someUserId: ':id', someSessionId: ':id', someKernId: ':id', someKindId: ':id' })}`,
      ),
      ...TESTED_ELSEWHERE,
    ]);
    const routes = server.app
      .printRoutes({ commonPrefix: false, method: undefined })
      .split('\n')
      .map((line) => line.replace(/^[\s│├└─]+/, '').trim())
      .filter((line) => line.startsWith('/api/') && !line.includes('*'));
    const fromServer = routes.flatMap((line) => {
      const match = /^(\S+) \(([^)]+)\)$/.exec(line);
      if (!match) return [];
      return match[2]!
        .split(', ')
        .filter((method) => method !== 'HEAD')
        .map((method) => `${method} ${match[1]!}`);
    });
    expect(fromServer.length).toBeGreaterThan(10);
    for (const route of fromServer) expect(listed, route).toContain(route);
  });
});
