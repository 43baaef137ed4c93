import type {
  PushRequest,
  PushResponse,
  RejectionReason,
} from '../../shared/sync-protocol/sync-protocol.ts';
import { PULLED_TABLES, type PulledTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { RejectionSchema } from '../../shared/sync-protocol/sync-records.ts';
import { newId } from '../../shared/ids.ts';
import type { FeedbackTerm } from '../../shared/dates/feedback-deadline.ts';
import { jsonValueProblem, MAX_PATCH_DEPTH } from '../../shared/sync-protocol/json-limits.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { RecordKey, Store, UserRecord } from '../store/store.ts';
import { BatchRecords, linksOf } from './batch-records.ts';
import { applyMutation, type ApplyContext } from './apply-mutation.ts';
import { kernLookup, readScope } from './record-scope.ts';
import { Rejected } from './rejected.ts';
import { checkClient } from './client-check.ts';
import { noteClientRequest } from './lost-changes.ts';
import { writerOf } from './write-permission.ts';
import { erasedInBatch } from '../privacy/scrub-mutation.ts';
import type * as v from 'valibot';

type RawMutation = { id: number } & Record<string, unknown>;

/**
 * Applies a push batch all-or-nothing in one SQLite transaction (a server killed halfway
 * leaves none of it). Per client, ids already processed are skipped (a retried batch after a
 * lost answer applies nothing twice) and a gap stops the batch: the server waits for the
 * missing ids. A mutation that can never apply is recorded as rejected — with what it tried
 * to change, for its author — and counts as processed, so it never blocks the queue.
 */
export async function applyPush(
  store: Store,
  user: UserRecord,
  request: PushRequest,
  now: number,
  deviceId: string | null = null,
): Promise<PushResponse> {
  const mutations = request.mutations as RawMutation[];
  return store.transaction(async () => {
    const client = await checkClient(store, user, request);
    await noteClientRequest(store, user, request, deviceId, now);
    let last = client.lastMutationId;
    let seq = await store.sync.lastSeq();
    const records = new BatchRecords(store);
    let term: FeedbackTerm | undefined;
    await records.preload(touchedRecords(mutations.filter((mutation) => mutation.id > last)));
    const context: ApplyContext = {
      store,
      records,
      user,
      writer: await writerOf(user, store, (table, id) => records.loaded(table, id)),
      clientId: client.clientId,
      now,
      nextSeq: () => ++seq,
      kernOf: kernLookup((table, id) => records.loaded(table, id)),
      feedbackTerm: async () => (term ??= await store.reference.feedbackTerm()),
      erased: await erasedInBatch(
        store,
        mutations.filter((mutation) => mutation.id > last),
      ),
    };
    for (const mutation of mutations) {
      if (mutation.id <= last) continue;
      if (mutation.id !== last + 1) break;
      try {
        await applyMutation(context, mutation);
      } catch (error) {
        if (!(error instanceof Rejected)) throw error;
        await recordRejection(context, mutation, error);
      }
      last = mutation.id;
    }
    await records.flush();
    const sentIds = mutations.map((mutation) => mutation.id);
    if (last === client.lastMutationId && sentIds.some((id) => id > last)) {
      throw new ApiFailure(409, 'mutation-gap', `expected mutation ${last + 1} first`);
    }
    await store.sync.saveClient({ ...client, lastMutationId: last }, now);
    const rejected = sentIds.length
      ? await store.sync.rejectionsBetween(
          client.clientId,
          Math.min(...sentIds),
          Math.max(...sentIds),
        )
      : [];
    return {
      lastMutationId: last,
      rejected: rejected.map((row) => ({
        id: row.mutationId,
        reason: row.reason as RejectionReason,
      })),
      epoch: await store.serverEpoch(),
    };
  });
}

/**
 * Keeps the rejection for its author (as a row their devices pull) and gives the record,
 * if the server has it, a new seq: the device that made the refused change pulls the
 * server's version again instead of keeping its own.
 */
async function recordRejection(
  context: ApplyContext,
  mutation: RawMutation,
  error: Rejected,
): Promise<void> {
  const { store, records, user, clientId, now } = context;
  await store.sync.insertRejection(clientId, mutation.id, error.reason);
  const table = typeof mutation['table'] === 'string' ? mutation['table'] : '';
  const recordId =
    typeof mutation['recordId'] === 'string' ? mutation['recordId'].slice(0, 64) : '';
  const rejection: v.InferOutput<typeof RejectionSchema> = {
    id: newId(now),
    createdAt: now,
    updatedAt: now,
    deleted: false,
    clientId,
    mutationId: mutation.id,
    table: table.slice(0, 40),
    recordId,
    reason: error.reason,
    detail: error.detail.slice(0, 300),
    // What an edit to an erased person held is exactly what the erasure took away.
    change: error.reason === 'person-erased' ? null : keepableChange(mutation['patch']),
    authorId: user.id,
  };
  records.put({
    table: 'rejections',
    id: rejection.id,
    seq: context.nextSeq(),
    data: rejection,
    fieldWrites: [],
    scope: readScope('rejections', rejection, () => undefined),
    deleted: false,
  });
  if (isPulledTable(table) && (await records.find(table, recordId))) {
    await records.restamp(table, recordId, context.nextSeq());
  }
}

/**
 * What a refused change tried to set, kept for its author: only a value the store can
 * write and a device can read back. A change refused for being nested too deep (or holding
 * inexact numbers) is left out, or storing it would fail the whole batch.
 */
function keepableChange(patch: unknown): unknown {
  if (patch === undefined || jsonValueProblem(patch, MAX_PATCH_DEPTH) !== null) return null;
  return patch;
}

/**
 * The records a batch's mutations read: their own, and for actions the visit or initiative
 * they link to (its kern is the action's scope). Malformed entries are skipped here; the
 * mutation is refused when applied.
 */
function touchedRecords(mutations: readonly RawMutation[]): RecordKey[] {
  const keys: RecordKey[] = [];
  for (const { table, recordId, patch } of mutations) {
    if (typeof table !== 'string' || !isPulledTable(table)) continue;
    if (typeof recordId === 'string') keys.push({ table, id: recordId });
    if (typeof patch === 'object' && patch !== null) {
      keys.push(...linksOf(table, patch as Record<string, unknown>));
    }
  }
  return keys;
}

function isPulledTable(table: string): table is PulledTable {
  return (PULLED_TABLES as readonly string[]).includes(table);
}
