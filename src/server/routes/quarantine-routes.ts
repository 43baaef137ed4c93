import type { FastifyInstance } from 'fastify';
import { DeliveryRequestSchema } from '../../shared/quarantine-api.ts';
import { principalOf } from '../auth/authorization.ts';
import { deviceIdOf } from '../http/device-cookie.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Store } from '../store/store.ts';
import {
  acceptQuarantined,
  deliverToQuarantine,
  discardQuarantined,
  quarantineEntries,
} from '../sync-service/quarantine.ts';
import { parseId } from './admin-user-routes.ts';

/** Only a beheerder reviews deliveries: they may hold changes to any kern. */
const ADMIN = { config: { access: ['beheerder'] as const } };
const LIST_SIZE = 100;

/** A revoked device's one delivery of its outbox, and the beheerder's review of it. */
export function registerQuarantineRoutes(
  app: FastifyInstance,
  deps: { store: Store; now: () => number },
): void {
  const { store, now } = deps;

  // 'public': a revoked session has no usable access token; the delivery proves itself with
  // the session's refresh token and the browser's cookie instead (quarantine.ts).
  app.post('/api/quarantine', { config: { access: 'public' } }, async (request, reply) => {
    const body = parseBody(DeliveryRequestSchema, request.body);
    const answer = await deliverToQuarantine(
      store,
      body,
      deviceIdOf(request),
      { actorId: null, address: request.ip },
      now(),
    );
    return reply.code(201).send(answer);
  });

  app.get('/api/admin/quarantine', ADMIN, async (_request, reply) =>
    reply.send(await quarantineEntries(store, LIST_SIZE)),
  );

  app.post('/api/admin/quarantine/:id/accept', ADMIN, async (request, reply) => {
    const origin = { actorId: principalOf(request).user.id, address: request.ip };
    return reply.send(await acceptQuarantined(store, parseId(request.params), origin, now()));
  });

  app.post('/api/admin/quarantine/:id/discard', ADMIN, async (request, reply) => {
    const origin = { actorId: principalOf(request).user.id, address: request.ip };
    await discardQuarantined(store, parseId(request.params), origin, now());
    return reply.code(204).send();
  });
}
