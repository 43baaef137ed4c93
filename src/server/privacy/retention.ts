import * as v from 'valibot';
import { addMonths } from '../../shared/dates/civil-date.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { newId } from '../../shared/ids.ts';
import { ERASED_PERSON_ID } from '../../shared/privacy/erasure.ts';
import {
  DEFAULT_RETENTION,
  RetentionSettingsSchema,
  type RetentionPreview,
  type RetentionSettings,
} from '../../shared/privacy/privacy-api.ts';
import { FINAL_STATUSES, type InitiativeStatus } from '../../shared/records/initiative-status.ts';
import type { Store, SyncRecordRow } from '../store/store.ts';
import { allRecords } from './all-records.ts';
import { erasePerson } from './erase-person.ts';

type Data = Record<string, unknown>;

/** The note a visit keeps once its notes' term has passed (a visit must hold something). */
export const EXPIRED_NOTE = 'Aantekeningen verwijderd na de bewaartermijn.';
const EXPIRED_FEEDBACK = 'Verwijderd na de bewaartermijn.';

export async function retentionSettings(store: Store): Promise<RetentionSettings> {
  const stored = await store.privacy.retentionSettings();
  const parsed = v.safeParse(RetentionSettingsSchema, stored);
  return parsed.success ? parsed.output : DEFAULT_RETENTION;
}

/** A municipal day `months` before `day`; null when the term is off. */
const before = (day: string, months: number | null) =>
  months === null ? null : addMonths(day, -months);

const dayOf = (ms: number) => municipalToday(ms);

interface Due {
  people: SyncRecordRow[];
  visits: SyncRecordRow[];
  initiatives: SyncRecordRow[];
  /** Access-log days before this one go. */
  accessBefore: string;
}

/**
 * What the terms make due on `day` (municipal): a contact person whose own record, visits
 * (by visit date) and initiatives (by last change) all lie before the people term; a visit
 * dated before the notes term whose notes are not emptied yet; a finished initiative whose
 * last status change lies before its term and whose personal parts are still there.
 */
export async function dueOn(store: Store, settings: RetentionSettings, day: string): Promise<Due> {
  const peopleBefore = before(day, settings.inactivePeopleMonths);
  const notesBefore = before(day, settings.visitNotesMonths);
  const initiativesBefore = before(day, settings.finishedInitiativeMonths);
  const lastActivity = new Map<string, string>();
  const active = (id: string, on: string) => {
    if ((lastActivity.get(id) ?? '') < on) lastActivity.set(id, on);
  };
  const people: SyncRecordRow[] = [];
  const visits: SyncRecordRow[] = [];
  const initiatives: SyncRecordRow[] = [];
  for await (const row of allRecords(store)) {
    const data = row.data;
    if (row.table === 'people' && !row.deleted) {
      people.push(row);
      active(row.id, dayOf(Number(data['updatedAt'])));
    } else if (row.table === 'visits' && !row.deleted) {
      const date = String(data['date']);
      for (const id of (data['personIds'] ?? []) as string[]) active(id, date);
      if (notesBefore !== null && date < notesBefore && !notesExpired(data)) visits.push(row);
    } else if (row.table === 'initiatives' && !row.deleted) {
      const changed = dayOf(Number(data['updatedAt']));
      if (typeof data['initiatorPersonId'] === 'string') {
        active(data['initiatorPersonId'], changed);
      }
      const finishedOn = finishedDay(data);
      if (
        initiativesBefore !== null &&
        finishedOn !== null &&
        finishedOn < initiativesBefore &&
        !initiativeEmptied(data)
      ) {
        initiatives.push(row);
      }
    }
  }
  return {
    people:
      peopleBefore === null
        ? []
        : people.filter((row) => (lastActivity.get(row.id) ?? '') < peopleBefore),
    visits,
    initiatives,
    accessBefore: addMonths(day, -settings.accessLogMonths),
  };
}

function notesExpired(visit: Data): boolean {
  const revisions = (visit['noteRevisions'] ?? []) as Data[];
  return revisions.length === 1 && revisions[0]?.['text'] === EXPIRED_NOTE;
}

function finishedDay(initiative: Data): string | null {
  if (!FINAL_STATUSES.includes(initiative['status'] as InitiativeStatus)) return null;
  const last = ((initiative['statusHistory'] ?? []) as Data[]).at(-1);
  return typeof last?.['at'] === 'number' ? dayOf(last['at']) : null;
}

function initiativeEmptied(initiative: Data): boolean {
  return (
    initiative['initiatorPersonId'] === null &&
    initiative['description'] === '' &&
    initiative['neighboursNote'] === '' &&
    ((initiative['feedbackLog'] ?? []) as Data[]).every((e) => e['summary'] === EXPIRED_FEEDBACK)
  );
}

/** The preview Beheer shows: what the job will erase within the coming month. */
export async function retentionPreview(store: Store, now: number): Promise<RetentionPreview> {
  const settings = await retentionSettings(store);
  const due = await dueOn(store, settings, addMonths(dayOf(now), 1));
  return {
    settings,
    lastRun: await store.privacy.lastRun(RETENTION_JOB),
    due: {
      people: due.people.map((row) => ({ id: row.id, name: String(row.data['name']) })),
      visitNotes: due.visits.length,
      initiatives: due.initiatives.length,
      accessLogEntries: await store.privacy.countAccessBefore(due.accessBefore),
    },
  };
}

export const RETENTION_JOB = 'retention';

export interface RetentionOutcome {
  people: number;
  visitNotes: number;
  initiatives: number;
  accessLogEntries: number;
}

/**
 * Applies the terms as of `now`: people erased as an erasure on request is (their tombstones
 * reach every device the same way); visit notes and finished initiatives' personal parts
 * emptied, rewritten with a new seq (older note revisions noted as erased entries, so a
 * device cannot merge them back); the access log shortened. One audit entry per run.
 */
export async function applyRetention(store: Store, now: number): Promise<RetentionOutcome> {
  const settings = await retentionSettings(store);
  const day = dayOf(now);
  const due = await dueOn(store, settings, day);
  for (const person of due.people) {
    await erasePerson(store, person, { user: null, origin: null }, new Map(), now, 'retention');
  }
  const outcome = await store.transaction(async () => {
    let seq = await store.sync.lastSeq();
    const removed: string[] = [];
    const rows: SyncRecordRow[] = [];
    for (const visit of due.visits) {
      const current = await store.sync.findRecord('visits', visit.id);
      if (!current || current.deleted || notesExpired(current.data)) continue;
      const revisions = (current.data['noteRevisions'] ?? []) as Data[];
      removed.push(...revisions.map((r) => String(r['id'])));
      const latest = revisions.at(-1);
      rows.push({
        ...current,
        seq: ++seq,
        data: {
          ...current.data,
          updatedAt: now,
          noteRevisions: [
            {
              id: newId(now),
              text: EXPIRED_NOTE,
              createdAt: now,
              authorId: latest?.['authorId'] ?? ERASED_PERSON_ID,
            },
          ],
        },
      });
    }
    for (const initiative of due.initiatives) {
      const current = await store.sync.findRecord('initiatives', initiative.id);
      if (!current || current.deleted) continue;
      const data = current.data;
      rows.push({
        ...current,
        seq: ++seq,
        data: {
          ...data,
          updatedAt: now,
          description: '',
          neighboursNote: '',
          initiatorPersonId: null,
          feedbackLog: ((data['feedbackLog'] ?? []) as Data[]).map((e) => ({
            ...e,
            summary: EXPIRED_FEEDBACK,
          })),
          statusHistory: ((data['statusHistory'] ?? []) as Data[]).map((e) => ({
            ...e,
            reason: '',
          })),
        },
      });
    }
    await store.sync.putRecords(rows);
    await store.privacy.noteErasedEntries(removed, now);
    const accessLogEntries = await store.privacy.removeAccessBefore(due.accessBefore);
    const result: RetentionOutcome = {
      people: due.people.length,
      visitNotes: due.visits.length,
      initiatives: due.initiatives.length,
      accessLogEntries,
    };
    await store.audit.record({
      at: now,
      actorId: null,
      action: 'retention.run',
      objectType: 'retention',
      objectId: `people:${result.people} visits:${result.visitNotes} initiatives:${result.initiatives} access:${result.accessLogEntries}`,
      result: 'ok',
      origin: null,
    });
    return result;
  });
  return outcome;
}
