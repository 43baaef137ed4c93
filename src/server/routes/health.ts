import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../shared/health.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol-version.ts';
import { sendApiError } from '../http/api-errors.ts';
import type { Store } from '../store/store.ts';

export function registerHealthRoute(
  app: FastifyInstance,
  deps: { store: Store; version: string },
): void {
  app.get('/api/health', { config: { access: 'public' } }, async (_request, reply) => {
    // A server that cannot store a push is not healthy, even though it answers.
    const failure = await deps.store.storageFailure();
    if (failure !== null) {
      return sendApiError(
        reply,
        503,
        'storage-unavailable',
        `the ${deps.store.engine} database cannot take writes (${failure})`,
      );
    }
    const body: HealthResponse = {
      status: 'ok',
      version: deps.version,
      schemaVersion: deps.store.schemaVersion,
      protocolVersion: PROTOCOL_VERSION,
      serverEpoch: await deps.store.serverEpoch(),
      database: { engine: deps.store.engine, writable: true },
    };
    return reply.send(body);
  });
}
