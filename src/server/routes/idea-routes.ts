import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { FORM_AUTHOR_ID, UNKNOWN_KERN_ID } from '../../shared/ideas/form-author.ts';
import {
  IdeaLookupSchema,
  IdeaMessageSchema,
  IdeaSatisfactionSchema,
  IdeaSubmissionSchema,
  IdeaWithdrawSchema,
} from '../../shared/ideas/idea-schema.ts';
import { hasRole } from '../../shared/roles.ts';
import { principalOf } from '../auth/authorization.ts';
import { ApiFailure } from '../http/api-errors.ts';
import { parseBody } from '../http/parse-body.ts';
import { changeFormRecord } from '../ideas/form-records.ts';
import { countRequest, IDEA_RATE_LIMITS } from '../ideas/idea-rate-limits.ts';
import { ideaStatusView } from '../ideas/idea-status-view.ts';
import { onlyConnectorOf, takeInIdea } from '../ideas/intake-service.ts';
import {
  recordSatisfaction,
  sendResidentMessage,
  submissionOf,
  withdrawIdea,
} from '../ideas/resident-actions.ts';
import { viewerKeys } from '../sync-service/record-scope.ts';
import type { Services } from '../services.ts';

const PUBLIC = { config: { access: 'public' as const } };
const FIELD = { config: { access: ['gebiedsverbinder', 'teamleider'] as const } };
/** Two photos of at most 1 MB as base64 (4/3) and the text: the form's largest body. */
const IDEA_BODY_LIMIT = 3 * 1024 * 1024;

const IdParams = v.strictObject({ id: v.pipe(v.string(), v.uuid()) });
const PlaceBody = v.strictObject({ kernId: v.pipe(v.string(), v.uuid()) });
const TEAM_LEAD = { config: { access: ['teamleider'] as const } };

/**
 * The resident's side (public, no account): the form's kern list, the intake, and the status
 * page with its actions — the code travels in the body, never in a URL a log or cache keeps.
 * The connector's side: a photo of an initiative they may read, and marking one as spam.
 */
export function registerIdeaRoutes(app: FastifyInstance, services: Services): void {
  const { store } = services;
  const lookupLimit = async (ip: string) =>
    countRequest(store, `idea-lookup:${ip}`, IDEA_RATE_LIMITS.lookupsPerAddress, services.now());

  app.get('/api/ideas/kernen', PUBLIC, async () => {
    const kernen = (await store.reference.listKernen()).filter((kern) => kern.active);
    return {
      // Whether the code and link are mailed (SMTP set): else the form asks to save them.
      mail: services.mail !== null,
      kernen: kernen
        .map((kern) => ({ id: kern.id, name: kern.name, kind: kern.kind }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    };
  });

  app.post('/api/ideas', { ...PUBLIC, bodyLimit: IDEA_BODY_LIMIT }, async (request) => {
    const idea = parseBody(IdeaSubmissionSchema, request.body);
    const now = services.now();
    // A resend of what arrived before is answered without counting against the limits.
    if (!(await store.ideas.findSubmission(idea.id))) {
      await countRequest(store, `idea:${request.ip}`, IDEA_RATE_LIMITS.perAddress, now);
      await countRequest(store, 'idea:all', IDEA_RATE_LIMITS.overall, now);
    }
    return takeInIdea(store, idea, now, services.mail);
  });

  app.post('/api/ideas/status', PUBLIC, async (request) => {
    await lookupLimit(request.ip);
    const { code } = parseBody(IdeaLookupSchema, request.body);
    const submission = await submissionOf(store, code);
    const view = await ideaStatusView(store, submission, services.mail !== null);
    if (!view) throw new ApiFailure(404, 'not-found', 'no idea with this code');
    return view;
  });

  app.post('/api/ideas/message', PUBLIC, async (request, reply) => {
    await lookupLimit(request.ip);
    await sendResidentMessage(store, parseBody(IdeaMessageSchema, request.body), services.now());
    return reply.code(204).send();
  });

  app.post('/api/ideas/withdraw', PUBLIC, async (request, reply) => {
    await lookupLimit(request.ip);
    await withdrawIdea(store, parseBody(IdeaWithdrawSchema, request.body), services.now());
    return reply.code(204).send();
  });

  app.post('/api/ideas/satisfaction', PUBLIC, async (request, reply) => {
    await lookupLimit(request.ip);
    await recordSatisfaction(
      store,
      parseBody(IdeaSatisfactionSchema, request.body),
      services.now(),
    );
    return reply.code(204).send();
  });

  /** A photo, for whoever may read its initiative (the same scope keys as a pull). */
  app.get('/api/ideas/photos/:id', FIELD, async (request) => {
    const { id } = parseBody(IdParams, request.params);
    const photo = await store.ideas.findPhoto(id);
    const initiative = photo && (await store.sync.findRecord('initiatives', photo.initiativeId));
    const keys = viewerKeys(principalOf(request).user);
    if (
      !photo ||
      !initiative ||
      initiative.deleted ||
      (keys !== null && !initiative.scope.some((key) => keys.includes(key)))
    ) {
      throw new ApiFailure(404, 'not-found', 'no such photo');
    }
    // As JSON (base64), like every answer of the API: the app's authorized request reads JSON.
    return { type: photo.type, data: Buffer.from(photo.bytes).toString('base64') };
  });

  /**
   * A connector of the initiative's kern (or a teamleider) marks an idea from the form as
   * spam: the initiative and the person it made are deleted (tombstones every device pulls),
   * its photos removed, and its status page answers "unknown code".
   */
  app.post('/api/ideas/spam/:id', FIELD, async (request, reply) => {
    const { id } = parseBody(IdParams, request.params);
    const { user } = principalOf(request);
    const now = services.now();
    await store.transaction(async () => {
      const row = await store.sync.findRecord('initiatives', id);
      const data = row?.data;
      if (!row || row.deleted || data?.['registeredById'] !== FORM_AUTHOR_ID) {
        throw new ApiFailure(404, 'not-found', 'no idea from the form with this id');
      }
      const mayJudge =
        hasRole(user.roles, 'teamleider') || user.kernIds.includes(String(data['kernId']));
      if (!mayJudge) throw new ApiFailure(403, 'forbidden', 'not an idea of your kernen');
      const remove = () => ({ deleted: true });
      await changeFormRecord(store, 'initiatives', id, remove, now, user.id);
      const personId = data['initiatorPersonId'];
      if (typeof personId === 'string') {
        await changeFormRecord(store, 'people', personId, remove, now, user.id);
      }
      await store.ideas.removePhotosOf(id);
      for (const submission of await store.ideas.findByInitiative(id)) {
        await store.ideas.setState(submission.id, 'spam');
      }
      await store.audit.record({
        at: now,
        actorId: user.id,
        action: 'idea.spam',
        objectType: 'initiative',
        objectId: id,
        result: 'ok',
        origin: request.ip,
      });
    });
    return reply.code(204).send();
  });

  /**
   * A teamleider places a "weet ik niet" idea in its kern: the initiative and the resident
   * (their person record) move out of the reserved kern together, as server-made changes, so
   * the connectors of that kern read both at their next sync. Assigned to the kern's only
   * connector, as at intake. Only ideas still in the reserved kern; the permission model
   * itself lets nobody move an initiative's kern otherwise.
   */
  app.post('/api/ideas/place/:id', TEAM_LEAD, async (request, reply) => {
    const { id } = parseBody(IdParams, request.params);
    const { kernId } = parseBody(PlaceBody, request.body);
    const { user } = principalOf(request);
    const now = services.now();
    await store.transaction(async () => {
      const row = await store.sync.findRecord('initiatives', id);
      if (!row || row.deleted || row.data['kernId'] !== UNKNOWN_KERN_ID) {
        throw new ApiFailure(404, 'not-found', 'no idea without a kern with this id');
      }
      const kern = await store.reference.findKern(kernId);
      if (!kern?.active || kern.id === UNKNOWN_KERN_ID) {
        throw new ApiFailure(400, 'invalid-body', 'kernId: no such kern');
      }
      const connector = await onlyConnectorOf(store, kern.id);
      await changeFormRecord(
        store,
        'initiatives',
        id,
        () => ({ kernId: kern.id, assignedConnectorId: connector }),
        now,
        user.id,
      );
      const personId = row.data['initiatorPersonId'];
      if (typeof personId === 'string') {
        await changeFormRecord(
          store,
          'people',
          personId,
          () => ({ kernId: kern.id }),
          now,
          user.id,
        );
      }
    });
    return reply.code(204).send();
  });
}
