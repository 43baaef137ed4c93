import * as v from 'valibot';
import { newId } from '../../shared/ids.ts';
import { sameValue } from '../../shared/records/changes.ts';
import { isInTheFuture } from '../../shared/dates/not-in-future.ts';
import { isFixedField } from '../../shared/permissions/server-fields.ts';
import { appendOnlyKey, applyPatch, newEntries } from '../../shared/sync-protocol/merge-patch.ts';
import { RECORD_SCHEMAS } from '../../shared/sync-protocol/record-schemas.ts';
import {
  ConflictResolutionSchema,
  type Conflict,
} from '../../shared/sync-protocol/sync-records.ts';
import { MutationSchema, type Mutation } from '../../shared/sync-protocol/sync-protocol.ts';
import type { RecordTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { FeedbackTerm } from '../../shared/dates/feedback-deadline.ts';
import type { KernOf } from '../../shared/permissions/record-kernen.ts';
import type { FieldWrite, Store, SyncRecordRow, UserRecord } from '../store/store.ts';
import { attributedCreate, attributedEntries } from './attribution.ts';
import type { BatchRecords } from './batch-records.ts';
import { firstWrite, lastWriteOf, withWrite } from './field-writes.ts';
import { withCheckedStatus } from './initiative-status-rules.ts';
import { describeIssue } from '../http/parse-body.ts';
import { registeredInitiative } from './initiative-registration.ts';
import { readScope } from './record-scope.ts';
import { Rejected } from './rejected.ts';
import { withoutErased } from '../privacy/scrub-mutation.ts';
import { checkWritePermission, mayWrite, type Writer } from './write-permission.ts';

type Data = Record<string, unknown>;

/** One push batch being applied: who pushes, from which device, and the seq counter. */
export interface ApplyContext {
  store: Store;
  /** Reads and writes of sync records go through it, so the batch sees its own writes. */
  records: BatchRecords;
  user: UserRecord;
  writer: Writer;
  clientId: string;
  now: number;
  nextSeq: () => number;
  /** Finds linked records' kernen (an action's scope). */
  kernOf: KernOf;
  /** The feedback term in force, for a new initiative's deadline (read when needed). */
  feedbackTerm: () => Promise<FeedbackTerm>;
  /** Ids in this batch that an erasure took away (scrub-mutation.ts). */
  erased: ReadonlySet<string>;
}

/**
 * Fields whose overruling is no conflict: the edit time, the tombstone (a delete wins),
 * append-only lists (they unite) and an initiative's status (the status machine decides).
 */
function mayConflict(table: RecordTable, field: string): boolean {
  if (field === 'updatedAt' || field === 'deleted' || appendOnlyKey(table, field)) return false;
  return !(table === 'initiatives' && field === 'status');
}

/**
 * Applies one mutation inside the batch's transaction, or throws Rejected (then nothing of
 * it is written). Plain fields: last write by receipt order wins; when the write overrules a
 * value another device wrote after this device last pulled, the overruled value goes to the
 * conflicts log. Append-only lists unite. A deleted record stays deleted.
 */
export async function applyMutation(context: ApplyContext, raw: unknown): Promise<void> {
  const parsed = v.safeParse(MutationSchema, raw);
  if (!parsed.success) throw new Rejected('invalid', describeIssue(parsed.issues[0], 'mutation'));
  const mutation = withoutErased(parsed.output, context.erased);
  const current = await context.records.find(mutation.table, mutation.recordId);
  if (mutation.kind === 'patch') {
    if (!current) throw new Rejected('not-found', 'no such record');
    if (current.deleted) throw new Rejected('record-deleted', 'the record was deleted');
    if (mutation.table === 'conflicts') resolveConflict(context, current, mutation);
    else patchRecord(context, mutation.table, current, mutation);
    return;
  }
  if (current) {
    if (mutation.kind !== 'restore') {
      throw new Rejected('record-exists', 'a record with this id exists');
    }
    // Conflicts are the server's own records: a device never re-sends them.
    if (mutation.table !== 'conflicts')
      await restoreRecord(context, mutation.table, current, mutation);
    return;
  }
  if (mutation.table === 'conflicts')
    throw new Rejected('forbidden', 'conflicts come from the server');
  await createRecord(context, mutation.table, mutation);
}

async function createRecord(
  context: ApplyContext,
  table: RecordTable,
  mutation: Mutation,
): Promise<void> {
  if (mutation.patch['id'] !== mutation.recordId) {
    throw new Rejected('invalid', "id: differs from the mutation's record id");
  }
  const { user, now, kernOf } = context;
  // A restore re-sends a record the server had before its backup: its attribution was the
  // server's then, and the device has it from a pull.
  const restore = mutation.kind === 'restore';
  let proposed = restore ? mutation.patch : attributedCreate(table, mutation.patch, user.id, now);
  if (table === 'initiatives' && !restore) {
    const term = await context.feedbackTerm();
    proposed = registeredInitiative(proposed, user.id, now, () => term);
  }
  const data = validRecord(table, proposed);
  checkDates(table, undefined, data, now);
  const change = { table, before: undefined, after: data, fields: Object.keys(data) };
  // A restore re-sends every record the device holds, also those it may only read: one the
  // pusher may not write is someone else's to restore, not a change refused.
  if (restore && !mayWrite(context.writer, change, kernOf)) return;
  checkWritePermission(context.writer, change, kernOf);
  const seq = context.nextSeq();
  context.records.put({
    table,
    id: mutation.recordId,
    seq,
    data,
    // A record re-sent after a restore is as new as its device's knowledge (restoreRecord).
    fieldWrites: firstWrite(
      seq,
      context.clientId,
      user.id,
      restore ? mutation.baseCursor : undefined,
    ),
    scope: readScope(table, data, kernOf),
    deleted: data['deleted'] === true,
  });
}

function patchRecord(
  context: ApplyContext,
  table: RecordTable,
  current: SyncRecordRow,
  mutation: Mutation,
): void {
  const { user, now, kernOf } = context;
  const changes = attributedEntries(
    table,
    current.data,
    withoutSameValues(table, current.data, mutation.patch),
    user.id,
    now,
  );
  const patch = table === 'initiatives' ? withCheckedStatus(current.data, changes) : changes;
  const data = validRecord(table, applyPatch(table, current.data, patch));
  checkDates(table, current.data, data, now);
  const fields = Object.keys(patch);
  checkWritePermission(
    context.writer,
    { table, before: current.data, after: data, fields },
    kernOf,
  );
  writeFields(context, table, current, data, fields, mutation.baseCursor);
}

/**
 * A record the server holds in an older version, re-sent whole by a device after the server
 * went back to a backup, is brought up to date field by field. Lists unite; a status comes
 * from its history (the status machine checks the steps the server lacks). A plain field
 * that differs goes to whoever knew more of the history before the restore: the device knew
 * it up to its cursor then (the restore's baseCursor); the server's value is as new as its
 * last write — its seq when written before the restore (restoredAtSeq; seqs above were handed
 * out again), the cursor of the device that re-sent it, or, for a change made after the
 * restore, newer than anything re-sent:
 * - the device knew as much or more: its value is written;
 * - the server's value is newer: it stays; when it was changed after the restore, the
 *   device's value goes to the conflicts list as overruled, never silently lost.
 * Attribution stays the server's; a deleted record stays deleted; a record the pusher may
 * not write is someone else's to restore and is left as it is.
 */
async function restoreRecord(
  context: ApplyContext,
  table: RecordTable,
  current: SyncRecordRow,
  mutation: Mutation,
): Promise<void> {
  if (current.deleted) return;
  const restoredAt = await context.store.restoredAtSeq();
  const knew = mutation.baseCursor;
  const changes: Data = {};
  const overruled: { field: string; value: unknown; write: FieldWrite }[] = [];
  for (const [field, value] of Object.entries(
    restoredChanges(table, current.data, mutation.patch),
  )) {
    const write = lastWriteOf(current.fieldWrites, field);
    const known = write ? historyPosition(write, restoredAt) : 0;
    if (appendOnlyKey(table, field) || knew >= known) changes[field] = value;
    else if (
      write &&
      known === Infinity &&
      write[1] !== context.clientId &&
      mayConflict(table, field)
    ) {
      overruled.push({ field, value, write });
    }
  }
  if (Object.keys(changes).length === 0 && overruled.length === 0) return;
  const sentUpdatedAt = mutation.patch['updatedAt'];
  if (Object.keys(changes).length > 0 && typeof sentUpdatedAt === 'number') {
    changes['updatedAt'] = Math.max(sentUpdatedAt, current.data['updatedAt'] as number);
  }
  const patch = table === 'initiatives' ? withCheckedStatus(current.data, changes) : changes;
  const data = validRecord(table, applyPatch(table, current.data, patch));
  checkDates(table, current.data, data, context.now);
  const fields = Object.keys(patch);
  const change = { table, before: current.data, after: data, fields };
  if (!mayWrite(context.writer, change, context.kernOf)) return;
  for (const { field, value, write } of overruled) {
    logConflict(context, {
      table,
      recordId: current.id,
      field,
      keptValue: current.data[field],
      keptById: write[2],
      overruledValue: value,
      overruledById: context.user.id,
    });
  }
  // Only what the device knew of is overruled: no conflicts from the write itself.
  if (fields.length > 0) writeFields(context, table, current, data, fields, Infinity, knew);
}

/**
 * How far into the history before the restore a write's value goes: its seq when made
 * before the restore, the re-sending device's cursor for a re-sent value, and beyond all of
 * it (Infinity) for a change made after the restore.
 */
function historyPosition(write: FieldWrite, restoredAt: number): number {
  if (write[4] !== undefined) return write[4];
  return write[0] <= restoredAt ? write[0] : Infinity;
}

/**
 * The fields of a re-sent record that would change the server's: plain fields whose value
 * differs, lists with entries the server lacks. Not the edit time (set after), attribution
 * (the server's) or an initiative's status (derived from its history).
 */
function restoredChanges(table: RecordTable, current: Data, sent: Data): Data {
  const changes: Data = {};
  for (const [field, value] of Object.entries(sent)) {
    if (field === 'updatedAt' || isFixedField(table, field)) continue;
    if (table === 'initiatives' && field === 'status') continue;
    const key = appendOnlyKey(table, field);
    const differs = key
      ? newEntries(current[field], value, key).length > 0
      : !sameValue(current[field], value);
    if (differs) changes[field] = value;
  }
  return changes;
}

/**
 * Writes a changed record with the next seq. A field whose last write came from another
 * device after `baseCursor` (the device had not seen it) is overruled: logged as a conflict.
 */
function writeFields(
  context: ApplyContext,
  table: RecordTable,
  current: SyncRecordRow,
  data: Data,
  fields: string[],
  baseCursor: number,
  restoredAsOf?: number,
): void {
  const { user, kernOf } = context;
  const seq = context.nextSeq();
  for (const field of fields) {
    const previous = lastWriteOf(current.fieldWrites, field);
    const overrules =
      previous !== undefined &&
      previous[0] > baseCursor &&
      previous[1] !== context.clientId &&
      mayConflict(table, field) &&
      !sameValue(current.data[field], data[field]);
    if (overrules) {
      logConflict(context, {
        table,
        recordId: current.id,
        field,
        keptValue: data[field],
        overruledValue: current.data[field],
        overruledById: previous[2],
      });
    }
  }
  context.records.put({
    table,
    id: current.id,
    seq,
    data,
    fieldWrites: withWrite(
      current.fieldWrites,
      restoredAsOf === undefined
        ? [seq, context.clientId, user.id, fields]
        : [seq, context.clientId, user.id, fields, restoredAsOf],
    ),
    scope: readScope(table, data, kernOf),
    deleted: data['deleted'] === true,
  });
}

/**
 * A field the patch sets to the value it has is no change: a device re-sending a record's id
 * or creation time has not tried to change them (the model refuses only real changes).
 */
function withoutSameValues(table: RecordTable, current: Data, patch: Data): Data {
  const changes: Data = {};
  for (const [field, value] of Object.entries(patch)) {
    if (isFixedField(table, field) && sameValue(current[field], value)) continue;
    changes[field] = value;
  }
  return changes;
}

/** A visit happened today or earlier; so was an idea received (municipal time zone). */
function checkDates(table: RecordTable, before: Data | undefined, after: Data, now: number): void {
  const field = table === 'visits' ? 'date' : table === 'initiatives' ? 'registeredOn' : null;
  if (!field || before?.[field] === after[field]) return;
  const date = after[field];
  if (typeof date === 'string' && isInTheFuture(date, now)) {
    throw new Rejected('invalid', `${field}: in-the-future`);
  }
}

/** Logs an overruled value; kept by the pusher unless `keptById` says otherwise. */
function logConflict(
  context: ApplyContext,
  facts: Pick<
    Conflict,
    'table' | 'recordId' | 'field' | 'keptValue' | 'overruledValue' | 'overruledById'
  > &
    Partial<Pick<Conflict, 'keptById'>>,
): void {
  const conflict: Conflict = {
    id: newId(context.now),
    createdAt: context.now,
    updatedAt: context.now,
    deleted: false,
    keptById: context.user.id,
    ...facts,
    resolvedAt: null,
    resolvedById: null,
    chosen: null,
  };
  const seq = context.nextSeq();
  context.records.put({
    table: 'conflicts',
    id: conflict.id,
    seq,
    data: conflict,
    fieldWrites: [],
    scope: readScope('conflicts', conflict, context.kernOf),
    deleted: false,
  });
}

/** The one change to a conflict: who resolved it, when, and which value they chose. */
function resolveConflict(context: ApplyContext, current: SyncRecordRow, mutation: Mutation): void {
  const parsed = v.safeParse(ConflictResolutionSchema, mutation.patch);
  if (!parsed.success) throw new Rejected('invalid', describeIssue(parsed.issues[0], 'mutation'));
  if (parsed.output.resolvedById !== context.user.id) {
    throw new Rejected('forbidden', 'resolvedById must be you');
  }
  const change = {
    table: 'conflicts' as const,
    before: current.data,
    after: current.data,
    fields: [],
  };
  checkWritePermission(context.writer, change, context.kernOf);
  // The first resolution stands; a second one (another device) changes nothing.
  if (current.data['resolvedAt'] !== null) return;
  context.records.put({
    ...current,
    seq: context.nextSeq(),
    data: { ...current.data, ...parsed.output, updatedAt: context.now },
  });
}

function validRecord(table: RecordTable, data: Data): Data {
  const parsed = v.safeParse(RECORD_SCHEMAS[table], data);
  if (!parsed.success) throw new Rejected('invalid', describeIssue(parsed.issues[0], 'mutation'));
  return parsed.output;
}
