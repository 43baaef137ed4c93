import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasRole, type Role } from '../../shared/roles.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { Principal, SessionService } from './session-service.ts';

/**
 * Who may call a route. Every /api/ route must declare one (the server refuses to start
 * otherwise), so a new route cannot be open by accident:
 * - 'public': anyone, signed in or not (sign-in, health);
 * - 'signed-in': any account;
 * - a list of roles: an account holding at least one of them.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** The signed-in user of a request on a non-public route. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiFailure(401, 'unauthorized', 'sign in first');
  return request.principal;
}

export function registerAuthorization(app: FastifyInstance, sessions: SessionService): void {
  app.decorateRequest('principal', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api') && route.config?.access === undefined) {
      throw new Error(`route ${route.method.toString()} ${route.url} declares no access`);
    }
  });

  // onRequest: a caller without the right to a route is refused before its body is read.
  app.addHook('onRequest', async (request) => {
    await authorize(request, sessions);
  });
}

async function authorize(request: FastifyRequest, sessions: SessionService): Promise<void> {
  const access = request.routeOptions.config.access;
  if (access === undefined || access === 'public') return;
  const principal = await sessions.authenticate(bearerToken(request));
  request.principal = principal;
  if (access !== 'signed-in' && !hasRole(principal.user.roles, ...access)) {
    throw new ApiFailure(403, 'forbidden', `needs role ${access.join(' or ')}`);
  }
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header);
  if (!match?.[1]) throw new ApiFailure(401, 'unauthorized', 'no access token');
  return match[1];
}
