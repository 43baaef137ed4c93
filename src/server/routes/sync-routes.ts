import type { FastifyInstance } from 'fastify';
import { PullRequestSchema, PushRequestSchema } from '../../shared/sync-protocol/sync-protocol.ts';
import { principalOf } from '../auth/authorization.ts';
import { browserDeviceId } from '../http/device-cookie.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Store } from '../store/store.ts';
import { pullPage } from '../sync-service/pull-service.ts';
import { countPush, type PushRateLimit } from '../sync-service/push-rate-limit.ts';
import { applyPush } from '../sync-service/push-service.ts';
import { detectingRestore } from '../sync-service/server-restore.ts';

const SIGNED_IN = { config: { access: 'signed-in' as const } };

/** Push and pull (ARCHITECTURE.md, "Sync protocol"); both POST, so nothing rides in a URL. */
export function registerSyncRoutes(
  app: FastifyInstance,
  deps: { store: Store; pushRateLimit: PushRateLimit },
): void {
  app.post('/api/sync/push', SIGNED_IN, async (request, reply) => {
    const body = parseBody(PushRequestSchema, request.body);
    const deviceId = browserDeviceId(request, reply);
    const { user, sessionId } = principalOf(request);
    const now = Date.now();
    // One transaction: the push's count commits with the push (applyPush's own transaction
    // nests inside it). A new epoch after proof of a restore commits on its own, after it.
    const answer = await detectingRestore(deps.store, user, now, () =>
      deps.store.transaction(async () => {
        await countPush(deps.store, user.id, now, deps.pushRateLimit);
        const pushed = await applyPush(deps.store, user, body, now, deviceId);
        await deps.store.clientDevices.linkSession(body.clientId, sessionId);
        return pushed;
      }),
    );
    return reply.send(answer);
  });

  app.post('/api/sync/pull', SIGNED_IN, async (request, reply) => {
    const body = parseBody(PullRequestSchema, request.body);
    const deviceId = browserDeviceId(request, reply);
    const { user, sessionId } = principalOf(request);
    const now = Date.now();
    const page = await detectingRestore(deps.store, user, now, () =>
      pullPage(deps.store, user, body, now, deviceId),
    );
    // The device list's link from a session to what its device still has to send.
    await deps.store.clientDevices.linkSession(body.clientId, sessionId);
    return reply.send(page);
  });
}
