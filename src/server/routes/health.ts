import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../shared/health.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol-version.ts';
import type { Store } from '../store/store.ts';

export function registerHealthRoute(
  app: FastifyInstance,
  deps: { store: Store; version: string },
): void {
  app.get('/api/health', { config: { access: 'public' } }, (_request, reply) => {
    const body: HealthResponse = {
      status: 'ok',
      version: deps.version,
      schemaVersion: deps.store.schemaVersion,
      protocolVersion: PROTOCOL_VERSION,
      serverEpoch: deps.store.serverEpoch,
    };
    return reply.send(body);
  });
}
