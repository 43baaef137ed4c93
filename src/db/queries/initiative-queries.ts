import { isFinal } from '../../shared/records/initiative-status.ts';
import type { CivilDate } from '../../shared/dates/civil-date.ts';
import { feedbackState } from '../../shared/dates/feedback-state.ts';
import type { Action } from '../../shared/records/action.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import type { Visit } from '../../shared/records/visit.ts';
import type { InitiativeStatus } from '../../shared/records/initiative-status.ts';
import type { NoaberDatabase } from '../database.ts';

export interface InitiativeFilter {
  kernId?: string;
  status?: InitiativeStatus;
  connectorId?: string;
  /** Only those whose first feedback is overdue or came late. */
  feedbackLate?: boolean;
  /** Only open ones no gebiedsverbinder has picked up ("Nog niemand opgepakt"). */
  nobody?: boolean;
}

/** Whether any filter narrows the list (an empty list then says so, not "none yet"). */
export function isFiltered(filter: InitiativeFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== false);
}

/** The initiatives on this device that match the filter, newest registration first. */
export async function listInitiatives(
  db: NoaberDatabase,
  filter: InitiativeFilter,
  today: CivilDate,
): Promise<Initiative[]> {
  const candidates = filter.kernId
    ? await db.initiatives.where('kernId').equals(filter.kernId).toArray()
    : await db.initiatives.toArray();
  return candidates
    .filter(
      (initiative) =>
        !initiative.deleted &&
        (!filter.status || initiative.status === filter.status) &&
        (!filter.connectorId || initiative.assignedConnectorId === filter.connectorId) &&
        (!filter.nobody ||
          (initiative.assignedConnectorId === null && !isFinal(initiative.status))) &&
        (!filter.feedbackLate ||
          ['overdue', 'late'].includes(
            feedbackState(initiative.feedbackDeadline, initiative.feedbackLog[0]?.date, today),
          )),
    )
    .sort((a, b) => b.registeredOn.localeCompare(a.registeredOn) || b.createdAt - a.createdAt);
}

export async function initiativeById(
  db: NoaberDatabase,
  id: string,
): Promise<Initiative | undefined> {
  const initiative = await db.initiatives.get(id);
  return initiative && !initiative.deleted ? initiative : undefined;
}

/** The visits that were about this initiative, newest first. */
export async function visitsAboutInitiative(db: NoaberDatabase, id: string): Promise<Visit[]> {
  const visits = await db.visits.where('initiativeIds').equals(id).toArray();
  return visits.filter((visit) => !visit.deleted).sort((a, b) => b.date.localeCompare(a.date));
}

/** The follow-up actions of this initiative, open ones first, then by due date. */
export async function actionsOfInitiative(db: NoaberDatabase, id: string): Promise<Action[]> {
  const actions = await db.actions.where('initiativeId').equals(id).toArray();
  return actions
    .filter((action) => !action.deleted)
    .sort((a, b) => Number(a.done) - Number(b.done) || a.dueDate.localeCompare(b.dueDate));
}
