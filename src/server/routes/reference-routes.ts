import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  CreateKernRequestSchema,
  CreateOrganisationKindRequestSchema,
  UpdateKernRequestSchema,
  UpdateOrganisationKindRequestSchema,
} from '../../shared/reference-data.ts';
import type { Colleague } from '../../shared/colleagues.ts';
import { doesFieldWork } from '../../shared/permissions/account.ts';
import { FeedbackTermSchema } from '../../shared/feedback-term.ts';
import { makesKernCycle } from '../../shared/kern-tree.ts';
import { ApiFailure } from '../http/api-errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Store } from '../store/store.ts';
import { parseId } from './admin-user-routes.ts';

const ADMIN = { config: { access: ['beheerder'] as const } };
const SIGNED_IN = { config: { access: 'signed-in' as const } };

/**
 * The kernen, organisation kinds and feedback term: every account reads them (offline
 * screens need them), the beheerder keeps them. Entries are deactivated, never deleted:
 * records refer to them. Also the colleagues' names, which each account sets itself.
 */
export function registerReferenceRoutes(app: FastifyInstance, deps: { store: Store }): void {
  const { store } = deps;

  const audit = (request: FastifyRequest, action: string, objectType: string, objectId: string) => {
    store.audit.record({
      at: Date.now(),
      actorId: request.principal?.user.id ?? null,
      action,
      objectType,
      objectId,
      result: 'ok',
      origin: request.ip,
    });
  };

  const requireParent = (parentId: string | null | undefined, selfId?: string) => {
    if (parentId === null || parentId === undefined) return;
    // A new kern has nothing below it yet, so only a change can close a loop.
    if (selfId !== undefined && makesKernCycle(store.reference.listKernen(), selfId, parentId)) {
      throw new ApiFailure(
        409,
        'kern-cycle',
        'parentId: that kern is this kern itself or lies within it; a kern cannot contain itself',
      );
    }
    if (!store.reference.findKern(parentId)) {
      throw new ApiFailure(400, 'invalid-body', `parentId: no kern ${parentId}`);
    }
  };

  const uniqueName = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof Error && error.message.includes('UNIQUE constraint failed')) {
        throw new ApiFailure(409, 'conflict', 'that name is in use');
      }
      throw error;
    }
  };

  app.get('/api/kernen', SIGNED_IN, (_request, reply) => reply.send(store.reference.listKernen()));

  // Former colleagues too: their names still go with what they wrote.
  app.get('/api/colleagues', SIGNED_IN, (_request, reply) =>
    reply.send(
      store.users
        .list()
        .map((user): Colleague => ({
          id: user.id,
          displayName: user.displayName,
          kernIds: user.status === 'active' && doesFieldWork(user) ? user.kernIds : [],
        }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
    ),
  );

  app.get('/api/organisation-kinds', SIGNED_IN, (_request, reply) =>
    reply.send(store.reference.listOrganisationKinds()),
  );

  app.post('/api/admin/kernen', ADMIN, (request, reply) => {
    const input = parseBody(CreateKernRequestSchema, request.body);
    const kern = { id: randomUUID(), ...input, active: true };
    uniqueName(() =>
      store.transaction(() => {
        requireParent(kern.parentId);
        store.reference.insertKern(kern);
        audit(request, 'kern.create', 'kern', kern.id);
      }),
    );
    return reply.code(201).send(kern);
  });

  app.patch('/api/admin/kernen/:id', ADMIN, (request, reply) => {
    const id = parseId(request.params);
    const change = parseBody(UpdateKernRequestSchema, request.body);
    const kern = uniqueName(() =>
      store.transaction(() => {
        if (!store.reference.findKern(id)) throw new ApiFailure(404, 'not-found', 'no such kern');
        requireParent(change.parentId, id);
        store.reference.updateKern(id, change);
        audit(request, 'kern.update', 'kern', id);
        return store.reference.findKern(id);
      }),
    );
    return reply.send(kern);
  });

  app.post('/api/admin/organisation-kinds', ADMIN, (request, reply) => {
    const { name } = parseBody(CreateOrganisationKindRequestSchema, request.body);
    const kind = { id: randomUUID(), name, active: true };
    uniqueName(() =>
      store.transaction(() => {
        store.reference.insertOrganisationKind(kind);
        audit(request, 'organisation-kind.create', 'organisation-kind', kind.id);
      }),
    );
    return reply.code(201).send(kind);
  });

  app.patch('/api/admin/organisation-kinds/:id', ADMIN, (request, reply) => {
    const id = parseId(request.params);
    const change = parseBody(UpdateOrganisationKindRequestSchema, request.body);
    const kind = uniqueName(() =>
      store.transaction(() => {
        if (!store.reference.findOrganisationKind(id)) {
          throw new ApiFailure(404, 'not-found', 'no such organisation kind');
        }
        store.reference.updateOrganisationKind(id, change);
        audit(request, 'organisation-kind.update', 'organisation-kind', id);
        return store.reference.findOrganisationKind(id);
      }),
    );
    return reply.send(kind);
  });

  app.get('/api/feedback-term', SIGNED_IN, (_request, reply) =>
    reply.send(store.reference.feedbackTerm()),
  );

  // Changes the deadline of initiatives registered from now on; existing deadlines stay.
  app.put('/api/admin/feedback-term', ADMIN, (request, reply) => {
    const term = parseBody(FeedbackTermSchema, request.body);
    store.transaction(() => {
      store.reference.setFeedbackTerm(term);
      audit(request, 'feedback-term.update', 'setting', 'feedback-term');
    });
    return reply.send(store.reference.feedbackTerm());
  });
}
