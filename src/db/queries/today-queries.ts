import Dexie from 'dexie';
import type { CivilDate } from '../../shared/dates/civil-date.ts';
import { DUE_SOON_DAYS, feedbackState } from '../../shared/dates/feedback-state.ts';
import { addDays } from '../../shared/dates/civil-date.ts';
import type { Action } from '../../shared/records/action.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import { isFinal } from '../../shared/records/initiative-status.ts';
import type { Visit } from '../../shared/records/visit.ts';
import type { NoaberDatabase } from '../database.ts';

export const RECENT_VISITS_SHOWN = 5;

/** My open follow-ups, soonest due first (overdue ones on top). */
export async function myOpenActions(db: NoaberDatabase, userId: string): Promise<Action[]> {
  const actions = await db.actions
    .where('[assigneeId+dueDate]')
    .between([userId, Dexie.minKey], [userId, Dexie.maxKey])
    .toArray();
  return actions.filter((action) => !action.done && !action.deleted);
}

/**
 * Initiatives assigned to me that still wait for their first feedback and whose deadline is
 * within a week or past — the promise "nobody is left without an answer".
 */
export async function myFeedbackDue(
  db: NoaberDatabase,
  userId: string,
  today: CivilDate,
): Promise<Initiative[]> {
  const horizon = addDays(today, DUE_SOON_DAYS);
  const initiatives = await db.initiatives
    .where('feedbackDeadline')
    .belowOrEqual(horizon)
    .toArray();
  return initiatives.filter(
    (initiative) =>
      !initiative.deleted &&
      initiative.assignedConnectorId === userId &&
      !isFinal(initiative.status) &&
      ['due-soon', 'overdue'].includes(
        feedbackState(initiative.feedbackDeadline, initiative.feedbackLog[0]?.date, today),
      ),
  );
}

/** My latest visits, newest first. */
export async function myRecentVisits(db: NoaberDatabase, userId: string): Promise<Visit[]> {
  const visits = await db.visits
    .where('[authorId+date]')
    .between([userId, Dexie.minKey], [userId, Dexie.maxKey])
    .reverse()
    .limit(RECENT_VISITS_SHOWN * 2)
    .toArray();
  return visits.filter((visit) => !visit.deleted).slice(0, RECENT_VISITS_SHOWN);
}

/**
 * Open initiatives in my kernen that no gebiedsverbinder has picked up: "Nog niemand
 * opgepakt" on the Vandaag of every connector who works there, so none waits unseen.
 */
export async function nobodyPickedUp(
  db: NoaberDatabase,
  kernIds: readonly string[],
): Promise<Initiative[]> {
  if (kernIds.length === 0) return [];
  const initiatives = await db.initiatives
    .where('kernId')
    .anyOf([...kernIds])
    .toArray();
  return initiatives.filter(
    (initiative) =>
      !initiative.deleted && initiative.assignedConnectorId === null && !isFinal(initiative.status),
  );
}
