import * as v from 'valibot';
import { MAX_PUSH_BATCH } from './sync-protocol/sync-protocol.ts';

/**
 * A revoked device with unsent changes (issue 13, "Nothing lost, even then"). When a device
 * learns that a beheerder signed it out and its outbox is not empty, it does not wipe
 * itself: it keeps its data and offers the export and a one-time delivery of its outbox
 * into a quarantine on the server. A beheerder reviews a delivery and accepts it (applied
 * as the account's own push, under the permission model for that account as it is now) or
 * discards it; both are audit-logged.
 *
 * The delivery proves itself with the session's refresh token — the device's secret of
 * that session, kept only as a hash on the server — from the browser it was issued to
 * (noaber_device cookie), within DELIVERY_WINDOW_MS of the revoke, once per session.
 */

/** How long after a revoke its device may still deliver its outbox. */
export const DELIVERY_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

/** At most this many changes in one delivery; a bigger outbox is exported instead. */
export const MAX_DELIVERY = 4 * MAX_PUSH_BATCH;

export const DeliveryRequestSchema = v.strictObject({
  refreshToken: v.pipe(v.string(), v.minLength(16), v.maxLength(200)),
  clientId: v.pipe(v.string(), v.uuid()),
  protocolVersion: v.pipe(v.number(), v.safeInteger()),
  epoch: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  /** The outbox in order, as the device would push it; each is checked when accepted. */
  mutations: v.pipe(
    v.array(v.looseObject({ id: v.pipe(v.number(), v.safeInteger(), v.minValue(1)) })),
    v.minLength(1, 'an empty outbox has nothing to deliver'),
    v.maxLength(MAX_DELIVERY, `holds more than ${MAX_DELIVERY} mutations`),
  ),
});
export type DeliveryRequest = v.InferOutput<typeof DeliveryRequestSchema>;

export const DeliveryAnswerSchema = v.strictObject({ id: v.string(), count: v.number() });
export type DeliveryAnswer = v.InferOutput<typeof DeliveryAnswerSchema>;

/** One delivered change, as a beheerder reviews it. */
const QuarantinedChangeSchema = v.strictObject({
  id: v.number(),
  table: v.string(),
  kind: v.string(),
  recordId: v.string(),
  patch: v.unknown(),
});

/** A delivery as the beheerder's screen shows it. */
export const QuarantineEntrySchema = v.strictObject({
  id: v.string(),
  userId: v.string(),
  userName: v.string(),
  deviceLabel: v.string(),
  deliveredAt: v.number(),
  count: v.number(),
  changes: v.array(QuarantinedChangeSchema),
  decision: v.nullable(
    v.strictObject({
      kind: v.picklist(['accepted', 'discarded']),
      at: v.number(),
      by: v.string(),
    }),
  ),
  outcome: v.nullable(v.strictObject({ applied: v.number(), rejected: v.number() })),
});
export type QuarantineEntry = v.InferOutput<typeof QuarantineEntrySchema>;

/** What accepting did: the ids applied and the ones the permission model (or others) refused. */
export const AcceptAnswerSchema = v.strictObject({
  applied: v.number(),
  rejected: v.array(v.strictObject({ id: v.number(), reason: v.string() })),
});
export type AcceptAnswer = v.InferOutput<typeof AcceptAnswerSchema>;
