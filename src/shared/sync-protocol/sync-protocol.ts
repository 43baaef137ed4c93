import * as v from 'valibot';
import { jsonValueProblem, MAX_PATCH_DEPTH, MAX_SYNC_NUMBER } from './json-limits.ts';
import { PULLED_TABLES, PUSHED_TABLES, type PulledTable } from './sync-tables.ts';

/**
 * The shapes of the sync API (ARCHITECTURE.md, "Sync protocol"). Semantics, in short:
 * - push: a device sends its outbox in order; mutation ids count 1, 2, 3… per client; the
 *   server applies a batch in one transaction, skips ids it already processed, stops at a
 *   gap, records a mutation that can never succeed as rejected, and reports the last id it
 *   processed. The device deletes outbox entries only on that report.
 * - pull: rows changed after the device's cursor (a server sequence number, never a clock),
 *   in pages, limited to what the user may see.
 */

/** At most this many mutations per push: a batch is one server transaction. */
export const MAX_PUSH_BATCH = 500;
/** At most this many rows per pulled page: one Dexie transaction on the device. */
export const MAX_PULL_PAGE = 1000;
export const DEFAULT_PULL_PAGE = 500;

const ClientIdSchema = v.pipe(v.string(), v.uuid('is geen geldig client-id'));

/**
 * A whole number from `min` that JSON carries exactly (json-limits.ts): beyond 2^53 the
 * parsed value may be a rounded one, so it is refused rather than stored.
 */
const syncNumber = (min: number) =>
  v.pipe(
    v.number(),
    v.safeInteger(`is not a whole number up to ${MAX_SYNC_NUMBER}`),
    v.minValue(min),
    v.maxValue(MAX_SYNC_NUMBER),
  );
const MutationIdSchema = syncNumber(1);
const CursorSchema = syncNumber(0);
const CountSchema = syncNumber(0);

/** A change's fields: not nested deeper than real records are, no inexact numbers. */
const PatchSchema = v.pipe(
  v.record(v.string(), v.unknown()),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? jsonValueProblem(dataset.value, MAX_PATCH_DEPTH) : null;
    if (problem !== null) addIssue({ message: problem });
  }),
);

/**
 * What a device still has to send, as it says with every request: the server then knows how
 * many changes it still expects from that database, and can tell the device if the database
 * is wiped before they arrive (see lost-changes.ts on the server).
 */
export const OutboxReportSchema = v.strictObject({
  /** The highest mutation id the device has given out (0: none yet). */
  lastNumberedId: CountSchema,
  /** Changes waiting that have no mutation id yet. */
  waiting: CountSchema,
  /**
   * The highest mutation id the server confirmed as processed (optional: older apps do not
   * send it). A server that holds a lower one for this client went back to a backup.
   */
  acknowledgedId: v.optional(CountSchema),
});
export type OutboxReport = v.InferOutput<typeof OutboxReportSchema>;

/** What every sync request says about the client, so the server can refuse an old one. */
const ClientVersionFields = {
  clientId: ClientIdSchema,
  protocolVersion: v.pipe(v.number(), v.safeInteger()),
  /** The server epoch the device synced with; null before its first sync. */
  epoch: v.nullable(v.string()),
  /** Optional: an app of an older protocol version does not send it. */
  outbox: v.optional(OutboxReportSchema),
  /** The client id this database had before a server restore made it start over. */
  previousClientId: v.optional(ClientIdSchema),
};

/**
 * One change from a device's outbox.
 * - `create`: a whole new record;
 * - `patch`: only the fields that changed (so edits to other fields merge);
 * - `restore`: a whole record re-sent after the server was restored from a backup: added
 *   when the server lacks it, else merged field by field into the server's older version
 *   (its `baseCursor` is the device's cursor before the restore).
 * `baseCursor` is the device's pull cursor when the change was typed: a field changed on the
 * server after it was written by someone the device had not heard from yet.
 */
export const MutationSchema = v.strictObject({
  id: MutationIdSchema,
  table: v.picklist(PUSHED_TABLES),
  recordId: v.pipe(v.string(), v.uuid()),
  kind: v.picklist(['create', 'patch', 'restore']),
  patch: PatchSchema,
  baseCursor: CursorSchema,
});
export type Mutation = v.InferOutput<typeof MutationSchema>;

/**
 * The envelope is checked strictly; each mutation only for its id, so that a malformed one
 * is rejected on its own (with a reason) while the rest of the batch applies.
 */
export const PushRequestSchema = v.strictObject({
  ...ClientVersionFields,
  /**
   * The device's pull cursor (optional: older apps do not send it). A server whose last seq
   * is below it went back to a backup.
   */
  cursor: v.optional(CursorSchema),
  mutations: v.pipe(
    v.array(v.looseObject({ id: MutationIdSchema })),
    v.maxLength(MAX_PUSH_BATCH, `holds more than ${MAX_PUSH_BATCH} mutations`),
  ),
});
export type PushRequest = v.InferInput<typeof PushRequestSchema>;

/** Why the server will never apply a mutation; the app says it in words. */
export const REJECTION_REASONS = [
  'invalid',
  'forbidden',
  'not-found',
  'record-deleted',
  'record-exists',
  'status-not-allowed',
  /** The person was erased (AVG): an edit to them is refused, and what it held is not kept. */
  'person-erased',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface RejectedMutation {
  id: number;
  reason: RejectionReason;
}

export interface PushResponse {
  /** Every mutation up to this id is processed (applied or rejected): delete them. */
  lastMutationId: number;
  /** The rejected ones among the ids this request sent. */
  rejected: RejectedMutation[];
  epoch: string;
}

export const PullRequestSchema = v.strictObject({
  ...ClientVersionFields,
  cursor: CursorSchema,
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PULL_PAGE))),
  /** Count the rows still to come (for a progress bar): asked on a download's first page only. */
  countRemaining: v.optional(v.boolean()),
});
export type PullRequest = v.InferInput<typeof PullRequestSchema>;

/** A record as the server has it now; `seq` is its place in the server's change order. */
export interface PulledRow {
  table: PulledTable;
  id: string;
  seq: number;
  data: Record<string, unknown>;
}

export interface PullResponse {
  rows: PulledRow[];
  /** Store this with the rows; the next pull starts after it. */
  cursor: number;
  /** More rows wait after this page. */
  hasMore: boolean;
  /** Rows still to come after this page, when asked (a progress bar on a first download). */
  remaining: number | null;
  /** Last processed mutation of this client, so a lost push answer still empties the outbox. */
  lastMutationId: number;
  epoch: string;
  /**
   * Changes that an earlier database in this browser still owed the server when this one
   * replaced it (it was wiped): the device says so until the user has read it.
   */
  lostChanges: LostChanges | null;
  /**
   * Names what the user may see (their roles and kernen, hashed). When it changes, the
   * device downloads everything again: rows of a newly given kern lie before its cursor.
   */
  scope: string;
}

export interface LostChanges {
  /** How many changes the server expected and never got. */
  count: number;
  /** When that earlier database last reached the server. */
  lastContactAt: number;
}

/** What a device accepts as a push answer; anything else (a portal page) is a failure. */
export const PushResponseSchema = v.object({
  lastMutationId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  rejected: v.array(v.object({ id: v.number(), reason: v.picklist(REJECTION_REASONS) })),
  epoch: v.string(),
});

export const PullResponseSchema = v.object({
  rows: v.array(
    v.object({
      table: v.picklist(PULLED_TABLES),
      id: v.string(),
      seq: v.number(),
      data: v.record(v.string(), v.unknown()),
    }),
  ),
  cursor: CursorSchema,
  hasMore: v.boolean(),
  remaining: v.nullable(v.number()),
  lastMutationId: v.number(),
  epoch: v.string(),
  lostChanges: v.optional(
    v.nullable(v.object({ count: v.pipe(CountSchema, v.minValue(1)), lastContactAt: v.number() })),
    null,
  ),
  scope: v.string(),
});
