import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import {
  ErasureRequestSchema,
  RetentionSettingsSchema,
  type ErasureResponse,
  type MentionsResponse,
} from '../../shared/privacy/privacy-api.ts';
import { principalOf } from '../auth/authorization.ts';
import { parseBody } from '../http/parse-body.ts';
import { erasePerson, mentionsOf, personFor } from '../privacy/erase-person.ts';
import { exportHtml } from '../../shared/privacy/export-html.ts';
import { accessLines, logExport, personExport } from '../privacy/person-export.ts';
import { mentionKey } from '../privacy/redact-record.ts';
import { retentionPreview } from '../privacy/retention.ts';
import type { Store } from '../store/store.ts';
import { parseId } from './admin-user-routes.ts';

/** Whose rights are checked per person (account.ts, mayActOnPersonRights): a beheerder or the kern's connector. */
const SIGNED_IN = { config: { access: 'signed-in' as const } };
const ADMIN = { config: { access: ['beheerder'] as const } };

const FormatSchema = v.object({ format: v.optional(v.picklist(['json', 'html']), 'json') });

/** A person's AVG rights (README, "Privacy"), and the retention terms in Beheer. */
export function registerPrivacyRoutes(
  app: FastifyInstance,
  deps: { store: Store; now: () => number },
): void {
  const { store, now } = deps;

  app.get('/api/privacy/people/:id/mentions', SIGNED_IN, async (request, reply) => {
    const person = await personFor(store, principalOf(request).user, parseId(request.params));
    const answer: MentionsResponse = {
      person: {
        id: person.id,
        name: String(person.data['name']),
        kernId: String(person.data['kernId']),
      },
      mentions: await mentionsOf(store, person),
    };
    return reply.send(answer);
  });

  app.post('/api/privacy/people/:id/erase', SIGNED_IN, async (request, reply) => {
    const { user } = principalOf(request);
    const person = await personFor(store, user, parseId(request.params));
    const body = parseBody(ErasureRequestSchema, request.body);
    const texts = new Map(body.redactions.map((r) => [mentionKey(r), r.redacted]));
    const outcome = await erasePerson(
      store,
      person,
      { user, origin: request.ip },
      texts,
      now(),
      'request',
    );
    const answer: ErasureResponse = { records: outcome.records };
    return reply.send(answer);
  });

  app.get('/api/privacy/people/:id/export', SIGNED_IN, async (request, reply) => {
    const { user } = principalOf(request);
    const person = await personFor(store, user, parseId(request.params));
    const query = v.safeParse(FormatSchema, request.query);
    const format = query.success ? query.output.format : 'json';
    const at = now();
    await logExport(store, user, person.id, at, request.ip);
    const data = await personExport(store, person, user, at);
    if (format === 'html') {
      return reply.type('text/html; charset=utf-8').send(exportHtml(data));
    }
    return reply.send(data);
  });

  app.get('/api/privacy/people/:id/access', SIGNED_IN, async (request, reply) => {
    const person = await personFor(store, principalOf(request).user, parseId(request.params));
    return reply.send(await accessLines(store, person.id));
  });

  app.get('/api/admin/retention', ADMIN, async (_request, reply) =>
    reply.send(await retentionPreview(store, now())),
  );

  app.put('/api/admin/retention', ADMIN, async (request, reply) => {
    const settings = parseBody(RetentionSettingsSchema, request.body);
    await store.transaction(async () => {
      await store.privacy.setRetentionSettings(settings);
      await store.audit.record({
        at: now(),
        actorId: principalOf(request).user.id,
        action: 'retention.settings',
        objectType: 'settings',
        objectId: 'retention',
        result: 'ok',
        origin: request.ip,
      });
    });
    return reply.send(await retentionPreview(store, now()));
  });
}
