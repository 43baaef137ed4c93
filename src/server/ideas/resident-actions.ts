import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { FORM_AUTHOR_ID } from '../../shared/ideas/form-author.ts';
import { SATISFACTION_STATUSES } from '../../shared/ideas/idea-status.ts';
import { newId } from '../../shared/ids.ts';
import type { Initiative, ResidentMessage } from '../../shared/records/initiative.ts';
import { allowedNextStatuses } from '../../shared/records/initiative-status.ts';
import { statusBeforePause } from '../../shared/records/initiative-status.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { IdeaSubmissionRecord, Store } from '../store/store.ts';
import { changeFormRecord } from './form-records.ts';
import { codeHash } from './idea-hashes.ts';

/**
 * What the resident does from the status page: each reaches the connector as a server-made
 * change of the initiative (a new seq, pulled at the next sync), in the form's name.
 */

/** The submission a code opens; unknown, spam or duplicate-without-initiative: 404. */
export async function submissionOf(store: Store, code: string): Promise<IdeaSubmissionRecord> {
  const submission = await store.ideas.findByCodeHash(codeHash(code));
  if (!submission || submission.state === 'spam') {
    throw new ApiFailure(404, 'not-found', 'no idea with this code');
  }
  return submission;
}

async function openInitiative(store: Store, code: string): Promise<Initiative> {
  const submission = await submissionOf(store, code);
  const id = submission.initiativeId;
  const row = id === null ? undefined : await store.sync.findRecord('initiatives', id);
  if (!row || row.deleted) throw new ApiFailure(404, 'not-found', 'no idea with this code');
  return row.data as Initiative;
}

/** A short message; the same message id twice is kept once. */
export async function sendResidentMessage(
  store: Store,
  input: { code: string; id: string; text: string },
  now: number,
): Promise<void> {
  await store.transaction(async () => {
    const initiative = await openInitiative(store, input.code);
    if ((initiative.residentMessages ?? []).some((message) => message.id === input.id)) return;
    if ((initiative.residentMessages ?? []).length >= 50) {
      throw new ApiFailure(429, 'rate-limited', 'messages: at most 50 per idea');
    }
    const message: ResidentMessage = { id: input.id, at: now, text: input.text, kind: 'message' };
    await changeFormRecord(
      store,
      'initiatives',
      initiative.id,
      (data) => ({
        residentMessages: [
          ...((data['residentMessages'] as ResidentMessage[] | undefined) ?? []),
          message,
        ],
      }),
      now,
    );
  });
}

/**
 * The resident withdraws the idea: the status step `ingetrokken` through the status machine
 * (from any open status), with their reason, and their reason as a message too.
 */
export async function withdrawIdea(
  store: Store,
  input: { code: string; reason: string },
  now: number,
): Promise<void> {
  await store.transaction(async () => {
    const initiative = await openInitiative(store, input.code);
    if (initiative.status === 'ingetrokken') return;
    const allowed = allowedNextStatuses(
      initiative.status,
      statusBeforePause(initiative.statusHistory),
    );
    if (!allowed.includes('ingetrokken')) {
      throw new ApiFailure(409, 'conflict', 'status: the idea is finished already');
    }
    const reason = input.reason || 'Ingetrokken door de inwoner.';
    await changeFormRecord(
      store,
      'initiatives',
      initiative.id,
      (data) => ({
        status: 'ingetrokken',
        statusHistory: [
          ...initiative.statusHistory,
          {
            id: newId(now),
            from: initiative.status,
            to: 'ingetrokken',
            at: now,
            by: FORM_AUTHOR_ID,
            reason,
          },
        ],
        residentMessages: [
          ...((data['residentMessages'] as ResidentMessage[] | undefined) ?? []),
          { id: newId(now), at: now, text: reason, kind: 'withdrawn' },
        ],
      }),
      now,
    );
  });
}

/** How satisfied the resident is, once the initiative is finished; once only. */
export async function recordSatisfaction(
  store: Store,
  input: { code: string; score: number; comment: string },
  now: number,
): Promise<void> {
  await store.transaction(async () => {
    const initiative = await openInitiative(store, input.code);
    if (!SATISFACTION_STATUSES.includes(initiative.status)) {
      throw new ApiFailure(409, 'conflict', 'status: not finished yet');
    }
    if (initiative.residentSatisfaction) return;
    await changeFormRecord(
      store,
      'initiatives',
      initiative.id,
      () => ({
        residentSatisfaction: {
          score: input.score,
          comment: input.comment,
          answeredOn: municipalToday(now),
        },
      }),
      now,
    );
  });
}
