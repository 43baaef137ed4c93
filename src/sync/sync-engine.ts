import * as v from 'valibot';
import type { NoaberDatabase } from '../db/database.ts';
import { compactSearchLog } from '../db/search-log.ts';
import { readSyncMeta, type SyncMeta } from '../db/sync-meta.ts';
import {
  confirmProcessed,
  nextOutboxBatch,
  startOverAfterServerRestore,
  storePulledPage,
} from '../db/sync-state.ts';
import { PROTOCOL_VERSION } from '../shared/protocol-version.ts';
import {
  DEFAULT_PULL_PAGE,
  MAX_PUSH_BATCH,
  PullResponseSchema,
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
  const meta = await readSyncMeta(db);
  await pushOutbox(db, transport, meta, options.pushBatch ?? MAX_PUSH_BATCH);
  await pullAll(db, transport, meta, options);
  // Housekeeping after the pulled rows are in: saves and pages grow the search log.
  await compactSearchLog(db);
}

async function pushOutbox(
  db: NoaberDatabase,
  transport: SyncTransport,
  meta: SyncMeta,
  batchSize: number,
) {
  for (;;) {
    const mutations = await nextOutboxBatch(db, batchSize);
    if (mutations.length === 0) return;
    const answer = answerOf(
      PushResponseSchema,
      await transport.push({ ...clientFields(meta), mutations }),
    ) as PushResponse;
    await confirmProcessed(db, answer.lastMutationId);
    // The server stopped early (it waits for an id it did not get): try again later.
    if (answer.lastMutationId < (mutations.at(-1)?.id ?? 0)) {
      throw new ApiError('mutation-gap', 409, 'the server did not process the whole batch');
    }
  }
}

async function pullAll(
  db: NoaberDatabase,
  transport: SyncTransport,
  meta: SyncMeta,
  options: SyncOptions,
) {
  const ask = (cursor: number, epoch: string | null, countRemaining: boolean) =>
    transport.pull({
      ...clientFields({ clientId: meta.clientId, epoch }),
      cursor,
      limit: options.pullPage ?? DEFAULT_PULL_PAGE,
      countRemaining,
    });
  // Counting what remains costs the server a scan: ask once, then count down ourselves.
  let remaining: number | null = null;
  let request = ask(meta.cursor, meta.epoch, true);
  for (;;) {
    const page = answerOf(PullResponseSchema, await request) as PullResponse;
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

function clientFields(meta: { clientId: string; epoch: string | null }) {
  return { clientId: meta.clientId, protocolVersion: PROTOCOL_VERSION, epoch: meta.epoch };
}

/** Only the answer our server gives counts; anything else is a failure, never a success. */
function answerOf(schema: v.GenericSchema, answer: unknown): unknown {
  const parsed = v.safeParse(schema, answer);
  if (!parsed.success) throw new ApiError('bad-answer', 200, 'not a sync answer');
  return parsed.output;
}
