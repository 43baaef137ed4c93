import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import type { DeviceSession } from '../../shared/auth-api.ts';
import {
  IdSchema,
  InviteUserRequestSchema,
  UpdateUserRequestSchema,
} from '../../shared/auth-api.ts';
import type { AccountService } from '../auth/account-service.ts';
import type { SessionService } from '../auth/session-service.ts';
import { ApiFailure } from '../http/api-errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { DeviceSessionRecord, Store } from '../store/store.ts';
import { originOf } from './auth-routes.ts';

const ADMIN = { config: { access: ['beheerder'] as const } };
const AUDIT_PAGE_SIZE = 200;

export function parseId(params: unknown): string {
  const id = (params as { id?: unknown }).id;
  if (!v.is(IdSchema, id)) throw new ApiFailure(404, 'not-found', 'no such id');
  return id;
}

function toDeviceSession(store: Store, session: DeviceSessionRecord): DeviceSession {
  return {
    id: session.id,
    deviceLabel: session.deviceLabel,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    expiresAt: session.expiresAt,
    revokedAt: session.endedAt,
    unsent: store.clientDevices.sessionOutbox(session.id),
    delivered: store.quarantine.findBySession(session.id) !== undefined,
  };
}

/** Accounts, their devices and the audit log: for the beheerder only. */
export function registerAdminUserRoutes(
  app: FastifyInstance,
  deps: { store: Store; accounts: AccountService; sessions: SessionService },
): void {
  const { store, accounts, sessions } = deps;

  app.get('/api/admin/users', ADMIN, (_request, reply) => reply.send(accounts.list()));

  app.post('/api/admin/users', ADMIN, (request, reply) => {
    const invite = parseBody(InviteUserRequestSchema, request.body);
    return reply.code(201).send(accounts.invite(invite, originOf(request)));
  });

  app.patch('/api/admin/users/:id', ADMIN, (request, reply) => {
    const id = parseId(request.params);
    const change = parseBody(UpdateUserRequestSchema, request.body);
    return reply.send(accounts.update(id, change, originOf(request)));
  });

  app.post('/api/admin/users/:id/setup-link', ADMIN, (request, reply) =>
    reply.send(accounts.newSetupLinkFor(parseId(request.params), originOf(request))),
  );

  app.get('/api/admin/users/:id/sessions', ADMIN, (request, reply) => {
    const id = parseId(request.params);
    if (!store.users.findById(id)) throw new ApiFailure(404, 'not-found', 'no such user');
    return reply.send(
      store.sessions.listForUser(id).map((session) => toDeviceSession(store, session)),
    );
  });

  app.post('/api/admin/users/:id/revoke-sessions', ADMIN, (request, reply) => {
    const id = parseId(request.params);
    const revoked = store.transaction(() => {
      if (!store.users.findById(id)) throw new ApiFailure(404, 'not-found', 'no such user');
      const count = sessions.endAllForUser(id);
      store.audit.record({
        at: Date.now(),
        actorId: originOf(request).actorId,
        action: 'session.revoke-all',
        objectType: 'user',
        objectId: id,
        result: 'ok',
        origin: request.ip,
      });
      return count;
    });
    return reply.send({ revoked });
  });

  app.post('/api/admin/sessions/:id/revoke', ADMIN, (request, reply) => {
    const id = parseId(request.params);
    store.transaction(() => {
      if (!store.sessions.findSession(id))
        throw new ApiFailure(404, 'not-found', 'no such session');
      sessions.end(id, 'revoked');
      store.audit.record({
        at: Date.now(),
        actorId: originOf(request).actorId,
        action: 'session.revoke',
        objectType: 'session',
        objectId: id,
        result: 'ok',
        origin: request.ip,
      });
    });
    return reply.code(204).send();
  });

  app.get('/api/admin/audit', ADMIN, (_request, reply) =>
    reply.send(store.audit.list(AUDIT_PAGE_SIZE)),
  );
}
