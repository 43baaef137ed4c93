import type { FastifyInstance } from 'fastify';
import { ContactExportRequestSchema } from '../../shared/export-audit.ts';
import { principalOf } from '../auth/authorization.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Store } from '../store/store.ts';

const TEAM_LEAD = { config: { access: ['teamleider'] as const } };

/**
 * The one server step of a CSV export: an export with contact details is logged before the
 * device writes the file (the data itself is already on the device, so nothing is sent back).
 */
export function registerExportAuditRoutes(app: FastifyInstance, deps: { store: Store }): void {
  app.post('/api/audit/contact-export', TEAM_LEAD, async (request, reply) => {
    const body = parseBody(ContactExportRequestSchema, request.body);
    await deps.store.audit.record({
      at: Date.now(),
      actorId: principalOf(request).user.id,
      action: 'export.contact-details',
      objectType: 'export',
      objectId: `${body.list}:${body.rows}`,
      result: 'ok',
      origin: request.ip,
    });
    return reply.code(204).send();
  });
}
