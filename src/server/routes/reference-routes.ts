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
import { DuplicateKeyError, type Store } from '../store/store.ts';
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

  const audit = async (
    request: FastifyRequest,
    action: string,
    objectType: string,
    objectId: string,
  ) => {
    await store.audit.record({
      at: Date.now(),
      actorId: request.principal?.user.id ?? null,
      action,
      objectType,
      objectId,
      result: 'ok',
      origin: request.ip,
    });
  };

  const requireParent = async (parentId: string | null | undefined, selfId?: string) => {
    if (parentId === null || parentId === undefined) return;
    // A new kern has nothing below it yet, so only a change can close a loop.
    if (
      selfId !== undefined &&
      makesKernCycle(await store.reference.listKernen(), selfId, parentId)
    ) {
      throw new ApiFailure(
        409,
        'kern-cycle',
        'parentId: that kern is this kern itself or lies within it; a kern cannot contain itself',
      );
    }
    if (!(await store.reference.findKern(parentId))) {
      throw new ApiFailure(400, 'invalid-body', `parentId: no kern ${parentId}`);
    }
  };

  const uniqueName = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DuplicateKeyError) {
        throw new ApiFailure(409, 'conflict', 'that name is in use');
      }
      throw error;
    }
  };

  app.get('/api/kernen', SIGNED_IN, async (_request, reply) =>
    reply.send(await store.reference.listKernen()),
  );

  // Former colleagues too: their names still go with what they wrote.
  app.get('/api/colleagues', SIGNED_IN, async (_request, reply) =>
    reply.send(
      (await store.users.list())
        .map((user): Colleague => ({
          id: user.id,
          displayName: user.displayName,
          kernIds: user.status === 'active' && doesFieldWork(user) ? user.kernIds : [],
        }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
    ),
  );

  app.get('/api/organisation-kinds', SIGNED_IN, async (_request, reply) =>
    reply.send(await store.reference.listOrganisationKinds()),
  );

  app.post('/api/admin/kernen', ADMIN, async (request, reply) => {
    const input = parseBody(CreateKernRequestSchema, request.body);
    const kern = { id: randomUUID(), ...input, active: true };
    await uniqueName(() =>
      store.transaction(async () => {
        await requireParent(kern.parentId);
        await store.reference.insertKern(kern);
        await audit(request, 'kern.create', 'kern', kern.id);
      }),
    );
    return reply.code(201).send(kern);
  });

  app.patch('/api/admin/kernen/:id', ADMIN, async (request, reply) => {
    const id = parseId(request.params);
    const change = parseBody(UpdateKernRequestSchema, request.body);
    const kern = await uniqueName(() =>
      store.transaction(async () => {
        if (!(await store.reference.findKern(id)))
          throw new ApiFailure(404, 'not-found', 'no such kern');
        await requireParent(change.parentId, id);
        await store.reference.updateKern(id, change);
        await audit(request, 'kern.update', 'kern', id);
        return store.reference.findKern(id);
      }),
    );
    return reply.send(kern);
  });

  app.post('/api/admin/organisation-kinds', ADMIN, async (request, reply) => {
    const { name } = parseBody(CreateOrganisationKindRequestSchema, request.body);
    const kind = { id: randomUUID(), name, active: true };
    await uniqueName(() =>
      store.transaction(async () => {
        await store.reference.insertOrganisationKind(kind);
        await audit(request, 'organisation-kind.create', 'organisation-kind', kind.id);
      }),
    );
    return reply.code(201).send(kind);
  });

  app.patch('/api/admin/organisation-kinds/:id', ADMIN, async (request, reply) => {
    const id = parseId(request.params);
    const change = parseBody(UpdateOrganisationKindRequestSchema, request.body);
    const kind = await uniqueName(() =>
      store.transaction(async () => {
        if (!(await store.reference.findOrganisationKind(id))) {
          throw new ApiFailure(404, 'not-found', 'no such organisation kind');
        }
        await store.reference.updateOrganisationKind(id, change);
        await audit(request, 'organisation-kind.update', 'organisation-kind', id);
        return store.reference.findOrganisationKind(id);
      }),
    );
    return reply.send(kind);
  });

  app.get('/api/feedback-term', SIGNED_IN, async (_request, reply) =>
    reply.send(await store.reference.feedbackTerm()),
  );

  // Changes the deadline of initiatives registered from now on; existing deadlines stay.
  app.put('/api/admin/feedback-term', ADMIN, async (request, reply) => {
    const term = parseBody(FeedbackTermSchema, request.body);
    await store.transaction(async () => {
      await store.reference.setFeedbackTerm(term);
      await audit(request, 'feedback-term.update', 'setting', 'feedback-term');
    });
    return reply.send(await store.reference.feedbackTerm());
  });
}
