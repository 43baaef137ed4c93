import * as v from 'valibot';
import type { NoaberDatabase } from '../db/database.ts';
import { rememberLostChanges } from '../db/lost-changes.ts';
import { compactSearchLog } from '../db/search-log.ts';
import { readSyncMeta, type SyncMeta } from '../db/sync-meta.ts';

/** The sync meta of one run, with the former client id a server restore left behind. */
type RunMeta = SyncMeta & { previousClientId: string | null };
import {
  confirmProcessed,
  nextOutboxBatch,
  outboxReport,
  previousClientId,
  startOverAfterServerRestore,
  startOverForNewScope,
  storePulledPage,
  storedScope,
} from '../db/sync-state.ts';
import { PROTOCOL_VERSION } from '../shared/protocol-version.ts';
import {
  DEFAULT_PULL_PAGE,
  MAX_PUSH_BATCH,
  PullResponseSchema,
  type OutboxReport,
  PushResponseSchema,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../shared/sync-protocol/sync-protocol.ts';
import { ApiError } from './api-client.ts';

/** How the engine reaches the server: over HTTP in the app, in-process in the test harness. */
export interface SyncTransport {
  push(request: PushRequest): Promise<unknown>;
  pull(request: PullRequest): Promise<unknown>;
}

export interface SyncOptions {
  pushBatch?: number;
  pullPage?: number;
  /** Called after each stored page with the rows still to come. */
  onProgress?: (remaining: number) => void;
}

/**
 * One full sync: push the outbox in order, in batches, until it is empty; then pull pages
 * until the server has nothing newer. Every step is safe to repeat after any failure: the
 * server deduplicates mutations by id, and a page is stored together with its cursor.
 * Failures are thrown as ApiError with a reason code.
 */
export async function syncOnce(
  db: NoaberDatabase,
  transport: SyncTransport,
  options: SyncOptions = {},
): Promise<void> {
  try {
    await pushAndPull(db, transport, options);
  } catch (error) {
    if (!(error instanceof ApiError) || error.reason !== 'epoch-changed') throw error;
    // The server was restored from a backup: send everything again, then download it all.
    await startOverAfterServerRestore(db);
    await pushAndPull(db, transport, options);
  }
}

async function pushAndPull(db: NoaberDatabase, transport: SyncTransport, options: SyncOptions) {
  // Read once: only this run changes the client id, cursor and epoch until it ends.
  const meta = { ...(await readSyncMeta(db)), previousClientId: await previousClientId(db) };
  await pushOutbox(db, transport, meta, options.pushBatch ?? MAX_PUSH_BATCH);
  await pullAll(db, transport, meta, options);
  // Housekeeping after the pulled rows are in: saves and pages grow the search log.
  await compactSearchLog(db);
}

async function pushOutbox(
  db: NoaberDatabase,
  transport: SyncTransport,
  meta: RunMeta,
  batchSize: number,
) {
  let limit = batchSize;
  for (;;) {
    const mutations = await nextOutboxBatch(db, limit);
    if (mutations.length === 0) return;
    const outbox = await outboxReport(db);
    let sent: unknown;
    try {
      sent = await transport.push({
        ...clientFields(meta, outbox),
        cursor: meta.cursor,
        mutations,
      });
    } catch (error) {
      // Too large for the server (or a proxy before it): halve the batch, down to one change.
      // Smaller batches for the rest of this run; the next run tries full ones again.
      if (tooLarge(error) && mutations.length > 1) {
        limit = Math.ceil(mutations.length / 2);
        continue;
      }
      // The push did not count, but the server must still hear what this database owes.
      if (error instanceof ApiError && error.reason !== 'network') {
        await reportOutbox(transport, meta, outbox);
      }
      // One change alone too large (only an outbox from before the save-time check can hold
      // one): it stays, in order, and the status line says so in words (README, sync).
      if (tooLarge(error)) throw new ApiError('payload-too-large', 413, 'one change too large');
      throw error;
    }
    const answer = answerOf(PushResponseSchema, sent) as PushResponse;
    await confirmProcessed(db, answer.lastMutationId);
    // The server stopped early (it waits for an id it did not get): try again later.
    if (answer.lastMutationId < (mutations.at(-1)?.id ?? 0)) {
      throw new ApiError('mutation-gap', 409, 'the server did not process the whole batch');
    }
  }
}

/** A 413 from our server, or from a proxy that answers with its own page. */
function tooLarge(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.reason === 'payload-too-large' || error.status === 413)
  );
}

/**
 * The outbox report on its own, after a push the server answered but did not take (refused,
 * rate-limited, too large, storage down): the smallest pull (one row, thrown away) carries
 * it, so the server can count these changes if this database is wiped before they arrive
 * (lost-changes.ts). Best effort: its own failure changes nothing.
 */
async function reportOutbox(transport: SyncTransport, meta: RunMeta, outbox: OutboxReport) {
  await transport
    .pull({ ...clientFields(meta, outbox), cursor: meta.cursor, limit: 1, countRemaining: false })
    .catch(() => undefined);
}

async function pullAll(
  db: NoaberDatabase,
  transport: SyncTransport,
  meta: RunMeta,
  options: SyncOptions,
) {
  // After the push: what is left are changes typed meanwhile, or ones the server refused to
  // take yet. Said once per run, with every page.
  const outbox = await outboxReport(db);
  const ask = (cursor: number, epoch: string | null, countRemaining: boolean) =>
    transport.pull({
      ...clientFields({ ...meta, epoch }, outbox),
      cursor,
      limit: options.pullPage ?? DEFAULT_PULL_PAGE,
      countRemaining,
    });
  // Counting what remains costs the server a walk over it: ask once, then count down ourselves.
  let remaining: number | null = null;
  let request = ask(meta.cursor, meta.epoch, true);
  let scopeChecked = false;
  for (;;) {
    const page = answerOf(PullResponseSchema, await request) as PullResponse;
    if (!scopeChecked) {
      scopeChecked = true;
      const scope = await storedScope(db);
      if (scope !== null && scope !== page.scope) {
        // The user may see other records now: this page is dropped, all comes again.
        await startOverForNewScope(db, page.scope);
        request = ask(0, page.epoch, true);
        continue;
      }
    }
    if (page.lostChanges && remaining === null) await rememberLostChanges(db, page.lostChanges);
    // Ask for the next page while this one is stored: the server and the network work while
    // IndexedDB does. If storing fails, that answer is dropped unread; the cursor in the
    // database still says where to start.
    const next = page.hasMore ? ask(page.cursor, page.epoch, false) : undefined;
    next?.catch(() => undefined);
    await storePulledPage(db, page);
    remaining = page.remaining ?? Math.max(0, (remaining ?? 0) - page.rows.length);
    options.onProgress?.(remaining);
    if (!next) return;
    request = next;
  }
}

function clientFields(meta: RunMeta, outbox: OutboxReport) {
  return {
    clientId: meta.clientId,
    protocolVersion: PROTOCOL_VERSION,
    epoch: meta.epoch,
    outbox,
    ...(meta.previousClientId ? { previousClientId: meta.previousClientId } : {}),
  };
}

/** Only the answer our server gives counts; anything else is a failure, never a success. */
function answerOf(schema: v.GenericSchema, answer: unknown): unknown {
  const parsed = v.safeParse(schema, answer);
  if (!parsed.success) throw new ApiError('bad-answer', 200, 'not a sync answer');
  return parsed.output;
}
