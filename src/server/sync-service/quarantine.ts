import { randomUUID } from 'node:crypto';
import {
  DELIVERY_WINDOW_MS,
  type AcceptAnswer,
  type DeliveryAnswer,
  type DeliveryRequest,
  type QuarantineEntry,
} from '../../shared/quarantine-api.ts';
import { MAX_PUSH_BATCH } from '../../shared/sync-protocol/sync-protocol.ts';
import type { RequestOrigin } from '../auth/account-service.ts';
import { hashSecret } from '../auth/secret-token.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { QuarantineRecord, SessionTokenRecord, Store } from '../store/store.ts';
import { applyPush } from './push-service.ts';

/**
 * The quarantine of revoked devices (design in src/shared/quarantine-api.ts). Invariants:
 * - a delivery comes only from a revoked session, with its newest refresh token, from the
 *   browser that token was issued to, within DELIVERY_WINDOW_MS of the revoke, and once
 *   (quarantine.session_id is UNIQUE);
 * - nothing delivered reaches the records until a beheerder accepts it, and then only
 *   through applyPush as the account that made the changes, with that account's roles and
 *   kernen as they are now: the permission model is never bypassed, and a refused change is
 *   rejected (and reported) as it would be in a push;
 * - every delivery, accept and discard is in the audit log.
 */

/** Keeps a revoked device's outbox for review; refuses every other delivery. */
export async function deliverToQuarantine(
  store: Store,
  request: DeliveryRequest,
  deviceId: string | null,
  origin: RequestOrigin,
  now: number,
): Promise<DeliveryAnswer> {
  const outcome = await store.transaction(async (): Promise<DeliveryAnswer | ApiFailure> => {
    const token = await store.sessions.findTokenByRefreshHash(hashSecret(request.refreshToken));
    const session = token && (await store.sessions.findSession(token.sessionId));
    if (!token || !session || !(await isNewestToken(store, token))) {
      return new ApiFailure(403, 'delivery-refused', 'unknown or replaced refresh token');
    }
    const refuse = async (failure: ApiFailure) => {
      await audit(
        store,
        'quarantine.deliver',
        session.id,
        'refused',
        { ...origin, actorId: null },
        now,
      );
      return failure;
    };
    if (token.deviceId !== null && token.deviceId !== deviceId) {
      return refuse(new ApiFailure(403, 'delivery-refused', 'not the browser of this session'));
    }
    if (session.endReason !== 'revoked' || session.endedAt === null) {
      return refuse(new ApiFailure(403, 'delivery-refused', 'this session was not revoked'));
    }
    if (now - session.endedAt > DELIVERY_WINDOW_MS) {
      return refuse(new ApiFailure(410, 'delivery-expired', 'the delivery window closed'));
    }
    if (await store.quarantine.findBySession(session.id)) {
      return refuse(new ApiFailure(409, 'already-delivered', 'this device delivered already'));
    }
    const client = await store.sync.findClient(request.clientId);
    if (client && client.userId !== session.userId) {
      return refuse(new ApiFailure(403, 'delivery-refused', 'the client is someone else’s'));
    }
    const id = randomUUID();
    await store.quarantine.insert({
      id,
      sessionId: session.id,
      userId: session.userId,
      clientId: request.clientId,
      epoch: request.epoch,
      protocolVersion: request.protocolVersion,
      deliveredAt: now,
      mutationCount: request.mutations.length,
      mutations: request.mutations,
    });
    // The delivery is the device's last word on its outbox: every change numbered, none
    // waiting. So the device list counts them until an accept processes their ids.
    const lastNumberedId = Math.max(...request.mutations.map((mutation) => mutation.id));
    await store.clientDevices.report(request.clientId, null, { lastNumberedId, waiting: 0 }, now);
    await audit(store, 'quarantine.deliver', session.id, 'ok', { ...origin, actorId: null }, now);
    return { id, count: request.mutations.length };
  });
  if (outcome instanceof ApiFailure) throw outcome;
  return outcome;
}

/**
 * The session's newest pair: the token was never exchanged, or the pair it was exchanged
 * for never arrived (a lost answer; that pair was never used). A thief's copy of an older
 * token delivers nothing.
 */
async function isNewestToken(store: Store, token: SessionTokenRecord): Promise<boolean> {
  if (token.supersededAt !== null) return false;
  if (token.rotatedAt === null) return true;
  return (await store.sessions.findLiveChild(token.refreshHash))?.rotatedAt === null;
}

/** Applies a delivery as the account's own push; rejected changes are reported. */
export function acceptQuarantined(
  store: Store,
  id: string,
  origin: RequestOrigin & { actorId: string },
  now: number,
): Promise<AcceptAnswer> {
  return store.transaction(async () => {
    const entry = await undecided(store, id);
    const user = await store.users.findById(entry.userId);
    if (!user) throw new ApiFailure(404, 'not-found', 'the account is gone');
    const rejected: AcceptAnswer['rejected'] = [];
    let applied = 0;
    for (let start = 0; start < entry.mutations.length; start += MAX_PUSH_BATCH) {
      const mutations = entry.mutations.slice(start, start + MAX_PUSH_BATCH);
      const before = (await store.sync.findClient(entry.clientId))?.lastMutationId ?? 0;
      const answer = await applyPush(
        store,
        user,
        {
          clientId: entry.clientId,
          protocolVersion: entry.protocolVersion,
          // No epoch: an accept is no device speaking now, so what the delivery knew of the
          // server's history proves nothing (a device that never synced, or a delivery from
          // before a restore, must not start a new epoch or fail the accept).
          epoch: null,
          mutations,
        },
        now,
      );
      const refused = new Set(answer.rejected.map((rejection) => rejection.id));
      // Ids the server had processed before the revoke are skipped by applyPush: neither
      // applied now nor rejected now.
      applied += mutations.filter(
        (mutation) =>
          mutation.id > before && mutation.id <= answer.lastMutationId && !refused.has(mutation.id),
      ).length;
      rejected.push(...answer.rejected);
    }
    await store.quarantine.decide(
      id,
      { kind: 'accepted', at: now, by: origin.actorId },
      { applied, rejected: rejected.length },
    );
    await audit(store, 'quarantine.accept', id, 'ok', origin, now, 'quarantine');
    return { applied, rejected };
  });
}

/** Drops a delivery's changes; who did it and when stays. */
export async function discardQuarantined(
  store: Store,
  id: string,
  origin: RequestOrigin & { actorId: string },
  now: number,
): Promise<void> {
  await store.transaction(async () => {
    await undecided(store, id);
    await store.quarantine.decide(id, { kind: 'discarded', at: now, by: origin.actorId }, null);
    await audit(store, 'quarantine.discard', id, 'ok', origin, now, 'quarantine');
  });
}

/** The deliveries for the beheerder's review, newest first. */
export async function quarantineEntries(store: Store, limit: number): Promise<QuarantineEntry[]> {
  const entries: QuarantineEntry[] = [];
  for (const entry of await store.quarantine.list(limit)) {
    entries.push(await quarantineEntry(store, entry));
  }
  return entries;
}

async function quarantineEntry(store: Store, entry: QuarantineRecord): Promise<QuarantineEntry> {
  return {
    id: entry.id,
    userId: entry.userId,
    userName: (await store.users.findById(entry.userId))?.displayName ?? '',
    deviceLabel: (await store.sessions.findSession(entry.sessionId))?.deviceLabel ?? '',
    deliveredAt: entry.deliveredAt,
    count: entry.mutationCount,
    changes: entry.mutations.map((mutation) => ({
      id: mutation.id,
      table: text(mutation['table']),
      kind: text(mutation['kind']),
      recordId: text(mutation['recordId']),
      patch: mutation['patch'] ?? null,
    })),
    decision: entry.decision,
    outcome: entry.outcome,
  };
}

/** A delivered field as text: delivered as it came, so it may be anything. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

async function undecided(store: Store, id: string): Promise<QuarantineRecord> {
  const entry = await store.quarantine.find(id);
  if (!entry) throw new ApiFailure(404, 'not-found', 'no such delivery');
  if (entry.decision) throw new ApiFailure(409, 'conflict', `already ${entry.decision.kind}`);
  return entry;
}

async function audit(
  store: Store,
  action: string,
  objectId: string,
  result: 'ok' | 'refused',
  origin: RequestOrigin,
  at: number,
  objectType: 'session' | 'quarantine' = 'session',
): Promise<void> {
  await store.audit.record({
    at,
    actorId: origin.actorId,
    action,
    objectType,
    objectId,
    result,
    origin: origin.address,
  });
}
