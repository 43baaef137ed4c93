import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  LoginRequestSchema,
  RefreshRequestSchema,
  SetupInfoRequestSchema,
  SetupRequestSchema,
} from '../../shared/auth-api.ts';
import type { AccountService, RequestOrigin } from '../auth/account-service.ts';
import { principalOf } from '../auth/authorization.ts';
import type { SessionService } from '../auth/session-service.ts';
import { toSessionUser } from '../auth/session-user.ts';
import { deviceIdOf } from '../http/device-cookie.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Store } from '../store/store.ts';
import { retireBrowser } from '../sync-service/lost-changes.ts';

export function originOf(request: FastifyRequest): RequestOrigin {
  return { actorId: request.principal?.user.id ?? null, address: request.ip };
}

/** Where the caller reached us: the base of links shown to them (unless PUBLIC_URL is set). */
export function baseUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Sign-in, token refresh, sign-out, the current user, and completing a setup link. */
export function registerAuthRoutes(
  app: FastifyInstance,
  deps: { accounts: AccountService; sessions: SessionService; store: Store },
): void {
  const { accounts, sessions, store } = deps;

  app.post('/api/auth/login', { config: { access: 'public' } }, async (request) =>
    accounts.login(parseBody(LoginRequestSchema, request.body), originOf(request)),
  );

  app.post('/api/auth/refresh', { config: { access: 'public' } }, (request, reply) =>
    reply.send(sessions.refresh(parseBody(RefreshRequestSchema, request.body).refreshToken)),
  );

  app.post('/api/auth/logout', { config: { access: 'signed-in' } }, (request, reply) => {
    const { sessionId, user } = principalOf(request);
    sessions.end(sessionId, 'logout');
    // The app wipes its database after this: on purpose, so nothing it held counts as lost.
    const deviceId = deviceIdOf(request);
    if (deviceId) retireBrowser(store, user, deviceId, Date.now());
    return reply.code(204).send();
  });

  app.get('/api/auth/session', { config: { access: 'signed-in' } }, (request, reply) =>
    reply.send(toSessionUser(principalOf(request).user)),
  );

  app.post('/api/auth/setup-info', { config: { access: 'public' } }, (request, reply) =>
    reply.send(accounts.setupInfo(parseBody(SetupInfoRequestSchema, request.body).token)),
  );

  app.post('/api/auth/setup', { config: { access: 'public' } }, async (request) =>
    accounts.completeSetup(parseBody(SetupRequestSchema, request.body), originOf(request)),
  );
}
