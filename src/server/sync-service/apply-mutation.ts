import * as v from 'valibot';
import { newId } from '../../shared/ids.ts';
import { sameValue } from '../../shared/records/changes.ts';
import { appendOnlyKey, applyPatch, newEntries } from '../../shared/sync-protocol/merge-patch.ts';
import { RECORD_SCHEMAS } from '../../shared/sync-protocol/record-schemas.ts';
import {
  ConflictResolutionSchema,
  type Conflict,
} from '../../shared/sync-protocol/sync-records.ts';
import { MutationSchema, type Mutation } from '../../shared/sync-protocol/sync-protocol.ts';
import type { PushedTable, RecordTable } from '../../shared/sync-protocol/sync-tables.ts';
import type { Store, SyncRecordRow, UserRecord } from '../store/store.ts';
import type { BatchRecords } from './batch-records.ts';
import { firstWrite, lastWriteOf, withWrite } from './field-writes.ts';
import { withCheckedStatus } from './initiative-status-rules.ts';
import { describeIssue } from '../http/parse-body.ts';
import { readScope, type KernOf } from './record-scope.ts';
import { Rejected } from './rejected.ts';
import { checkAttribution, checkWritePermission, type Writer } from './write-permission.ts';

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
export function applyMutation(context: ApplyContext, raw: unknown): void {
  const parsed = v.safeParse(MutationSchema, raw);
  if (!parsed.success) throw new Rejected('invalid', describeIssue(parsed.issues[0], 'mutation'));
  const mutation = parsed.output;
  const current = context.records.find(mutation.table, mutation.recordId);
  if (mutation.kind === 'patch') {
    if (!current) throw new Rejected('not-found', 'no such record');
    if (current.deleted) throw new Rejected('record-deleted', 'the record was deleted');
    if (mutation.table === 'conflicts') resolveConflict(context, current, mutation);
    else patchRecord(context, mutation.table, current, mutation);
    return;
  }
  if (current) {
    // A restore after a server restore only fills in what the backup lacks.
    if (mutation.kind === 'restore') return;
    throw new Rejected('record-exists', 'a record with this id exists');
  }
  if (mutation.table === 'conflicts')
    throw new Rejected('forbidden', 'conflicts come from the server');
  createRecord(context, mutation.table, mutation);
}

function createRecord(context: ApplyContext, table: RecordTable, mutation: Mutation): void {
  if (mutation.patch['id'] !== mutation.recordId) {
    throw new Rejected('invalid', "id: differs from the mutation's record id");
  }
  const data = validRecord(table, mutation.patch);
  const { kernOf } = context;
  checkWritePermission(context.writer, table, undefined, data, Object.keys(data), kernOf);
  checkAttribution(context.user, table, data, appendOnlyEntries(table, undefined, data));
  const seq = context.nextSeq();
  context.records.put({
    table,
    id: mutation.recordId,
    seq,
    data,
    fieldWrites: firstWrite(seq, context.clientId, context.user.id),
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
  // A patch never changes what a record is or when it began.
  const changes = { ...mutation.patch };
  delete changes['id'];
  delete changes['createdAt'];
  const patch = table === 'initiatives' ? withCheckedStatus(current.data, changes) : changes;
  const data = validRecord(table, applyPatch(table, current.data, patch));
  const fields = Object.keys(patch);
  const { kernOf } = context;
  checkWritePermission(context.writer, table, current.data, data, fields, kernOf);
  checkAttribution(context.user, table, undefined, appendOnlyEntries(table, current.data, patch));

  const seq = context.nextSeq();
  for (const field of fields) {
    const previous = lastWriteOf(current.fieldWrites, field);
    const overrules =
      previous !== undefined &&
      previous[0] > mutation.baseCursor &&
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
    fieldWrites: withWrite(current.fieldWrites, [seq, context.clientId, context.user.id, fields]),
    scope: readScope(table, data, kernOf),
    deleted: data['deleted'] === true,
  });
}

function logConflict(
  context: ApplyContext,
  facts: Pick<
    Conflict,
    'table' | 'recordId' | 'field' | 'keptValue' | 'overruledValue' | 'overruledById'
  >,
): void {
  const conflict: Conflict = {
    id: newId(context.now),
    createdAt: context.now,
    updatedAt: context.now,
    deleted: false,
    ...facts,
    keptById: context.user.id,
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
  const { kernOf } = context;
  checkWritePermission(context.writer, 'conflicts', current.data, current.data, [], kernOf);
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

/** Entries a change adds to the append-only lists, by field. */
function appendOnlyEntries(table: PushedTable, current: Data | undefined, changes: Data) {
  const added: Record<string, Data[]> = {};
  for (const field of Object.keys(changes)) {
    const key = appendOnlyKey(table, field);
    if (key) added[field] = newEntries(current?.[field], changes[field], key);
  }
  return added;
}
