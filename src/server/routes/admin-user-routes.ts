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

async function toDeviceSession(store: Store, session: DeviceSessionRecord): Promise<DeviceSession> {
  return {
    id: session.id,
    deviceLabel: session.deviceLabel,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    expiresAt: session.expiresAt,
    revokedAt: session.endedAt,
    unsent: await store.clientDevices.sessionOutbox(session.id),
    delivered: (await store.quarantine.findBySession(session.id)) !== undefined,
  };
}

/** Accounts, their devices and the audit log: for the beheerder only. */
export function registerAdminUserRoutes(
  app: FastifyInstance,
  deps: { store: Store; accounts: AccountService; sessions: SessionService },
): void {
  const { store, accounts, sessions } = deps;

  app.get('/api/admin/users', ADMIN, async (_request, reply) => reply.send(await accounts.list()));

  app.post('/api/admin/users', ADMIN, async (request, reply) => {
    const invite = parseBody(InviteUserRequestSchema, request.body);
    return reply.code(201).send(await accounts.invite(invite, originOf(request)));
  });

  app.patch('/api/admin/users/:id', ADMIN, async (request, reply) => {
    const id = parseId(request.params);
    const change = parseBody(UpdateUserRequestSchema, request.body);
    return reply.send(await accounts.update(id, change, originOf(request)));
  });

  app.post('/api/admin/users/:id/setup-link', ADMIN, async (request, reply) =>
    reply.send(await accounts.newSetupLinkFor(parseId(request.params), originOf(request))),
  );

  app.get('/api/admin/users/:id/sessions', ADMIN, async (request, reply) => {
    const id = parseId(request.params);
    if (!(await store.users.findById(id))) throw new ApiFailure(404, 'not-found', 'no such user');
    return reply.send(
      await Promise.all(
        (await store.sessions.listForUser(id)).map((session) => toDeviceSession(store, session)),
      ),
    );
  });

  app.post('/api/admin/users/:id/revoke-sessions', ADMIN, async (request, reply) => {
    const id = parseId(request.params);
    const revoked = await store.transaction(async () => {
      if (!(await store.users.findById(id))) throw new ApiFailure(404, 'not-found', 'no such user');
      const count = await sessions.endAllForUser(id);
      await store.audit.record({
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

  app.post('/api/admin/sessions/:id/revoke', ADMIN, async (request, reply) => {
    const id = parseId(request.params);
    await store.transaction(async () => {
      if (!(await store.sessions.findSession(id)))
        throw new ApiFailure(404, 'not-found', 'no such session');
      await sessions.end(id, 'revoked');
      await store.audit.record({
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

  app.get('/api/admin/audit', ADMIN, async (_request, reply) =>
    reply.send(await store.audit.list(AUDIT_PAGE_SIZE)),
  );
}
