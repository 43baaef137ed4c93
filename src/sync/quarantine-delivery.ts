import * as v from 'valibot';
import { readSyncMeta } from '../db/sync-meta.ts';
import { nextOutboxBatch } from '../db/sync-state.ts';
import { openUserDatabase } from '../db/user-data.ts';
import { PROTOCOL_VERSION } from '../shared/protocol-version.ts';
import {
  DeliveryAnswerSchema,
  MAX_DELIVERY,
  type DeliveryAnswer,
} from '../shared/quarantine-api.ts';
import { ApiError, requestJson } from './api-client.ts';

/**
 * Sends a revoked device's whole outbox to the server's quarantine, once (design in
 * src/shared/quarantine-api.ts). The entries get their mutation ids as a push would give
 * them, so the server skips any it processed before the revoke when a beheerder accepts.
 * Nothing is deleted here: the data stays until the user wipes the device.
 */
export async function deliverOutboxToQuarantine(
  userId: string,
  refreshToken: string,
): Promise<DeliveryAnswer> {
  const db = await openUserDatabase(userId);
  const total = await db.outbox.count();
  if (total > MAX_DELIVERY) {
    // Sending part of it would leave the rest unmentioned: the export takes everything.
    throw new ApiError('payload-too-large', 413, `more than ${MAX_DELIVERY} changes`);
  }
  const mutations = await nextOutboxBatch(db, MAX_DELIVERY);
  const { clientId, epoch } = await readSyncMeta(db);
  const answer = await requestJson('/api/quarantine', {
    method: 'POST',
    body: { refreshToken, clientId, protocolVersion: PROTOCOL_VERSION, epoch, mutations },
    compress: true,
  });
  return v.parse(DeliveryAnswerSchema, answer);
}
