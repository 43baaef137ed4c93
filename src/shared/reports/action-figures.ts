import type { CivilDate } from '../dates/civil-date.ts';
import { referenceDay } from './period.ts';
import {
  inKernen,
  live,
  type ReportAction,
  type ReportData,
  type ReportFilter,
} from './report-data.ts';

/**
 * Follow-up actions overdue on the reference day: due before it and not done by then. An
 * action stays with the one it is assigned to, also when its kern has had another connector
 * since; it belongs to the kern of the visit or initiative it follows up (one that follows up
 * nothing counts only for the whole municipality).
 */
export function overdueActions(data: ReportData, filter: ReportFilter): ReportAction[] {
  const day = referenceDay(filter.period, filter.today);
  const visitKern = new Map(data.visits.map((visit) => [visit.id, visit.kernId]));
  const initiativeKern = new Map(data.initiatives.map((i) => [i.id, i.kernId]));
  const kernenOf = (action: ReportAction): string[] =>
    [
      action.visitId ? visitKern.get(action.visitId) : undefined,
      action.initiativeId ? initiativeKern.get(action.initiativeId) : undefined,
    ].filter((id): id is string => id !== undefined);
  return live(data.actions)
    .filter(
      (action) =>
        action.dueDate < day && !doneBy(action, day) && inKernen(filter, kernenOf(action)),
    )
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

/** Done on or before `day`. An action marked done without a date counts as done. */
function doneBy(action: ReportAction, day: CivilDate): boolean {
  return action.done && (action.doneOn === null || action.doneOn <= day);
}

/** Overdue actions per assignee: user id → their overdue actions. */
export function overduePerConnector(actions: readonly ReportAction[]): Map<string, ReportAction[]> {
  const per = new Map<string, ReportAction[]>();
  for (const action of actions) {
    const list = per.get(action.assigneeId);
    if (list) list.push(action);
    else per.set(action.assigneeId, [action]);
  }
  return per;
}
