import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
import { browserDeviceId, deviceIdOf } from '../http/device-cookie.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Store } from '../store/store.ts';
import { retireBrowser } from '../sync-service/lost-changes.ts';

/** Who asks and from where; request.ip honours TRUST_PROXY (config.ts). */
export function originOf(request: FastifyRequest): RequestOrigin {
  return { actorId: request.principal?.user.id ?? null, address: request.ip };
}

/**
 * The origin of a request that gets tokens: with its browser's device cookie, set now if it
 * had none, so the pair is bound to that browser (a lost answer may be retried only there).
 */
function tokenOriginOf(request: FastifyRequest, reply: FastifyReply): RequestOrigin {
  return { ...originOf(request), deviceId: browserDeviceId(request, reply) };
}

/** Sign-in, token refresh, sign-out, the current user, and completing a setup link. */
export function registerAuthRoutes(
  app: FastifyInstance,
  deps: { accounts: AccountService; sessions: SessionService; store: Store },
): void {
  const { accounts, sessions, store } = deps;

  app.post('/api/auth/login', { config: { access: 'public' } }, async (request, reply) => {
    const body = parseBody(LoginRequestSchema, request.body);
    return accounts.login(body, tokenOriginOf(request, reply));
  });

  app.post('/api/auth/refresh', { config: { access: 'public' } }, async (request, reply) => {
    const { refreshToken } = parseBody(RefreshRequestSchema, request.body);
    // A cookie made now (the request had none) binds the new pair, and can never match the
    // browser an earlier pair went to.
    const origin = { address: request.ip, deviceId: browserDeviceId(request, reply) };
    return reply.send(await sessions.refresh(refreshToken, origin));
  });

  app.post('/api/auth/logout', { config: { access: 'signed-in' } }, async (request, reply) => {
    const { sessionId, user } = principalOf(request);
    await sessions.end(sessionId, 'logout');
    // The app wipes its database after this: on purpose, so nothing it held counts as lost.
    const deviceId = deviceIdOf(request);
    if (deviceId) await retireBrowser(store, user, deviceId, Date.now());
    return reply.code(204).send();
  });

  app.get('/api/auth/session', { config: { access: 'signed-in' } }, (request, reply) =>
    reply.send(toSessionUser(principalOf(request).user)),
  );

  app.post('/api/auth/setup-info', { config: { access: 'public' } }, async (request, reply) =>
    reply.send(await accounts.setupInfo(parseBody(SetupInfoRequestSchema, request.body).token)),
  );

  app.post('/api/auth/setup', { config: { access: 'public' } }, async (request, reply) => {
    const body = parseBody(SetupRequestSchema, request.body);
    return accounts.completeSetup(body, tokenOriginOf(request, reply));
  });
}
