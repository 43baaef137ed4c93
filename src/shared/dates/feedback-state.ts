import { daysBetween, type CivilDate } from './civil-date.ts';

export type FeedbackState = 'waiting' | 'due-soon' | 'overdue' | 'on-time' | 'late';

/** Days before the deadline from which the connector's Vandaag lists it as due. */
export const DUE_SOON_DAYS = 7;

/**
 * Where an initiative stands with its first feedback. The deadline is met by a feedback
 * entry — what the initiator was told — never by a status change.
 */
export function feedbackState(
  deadline: CivilDate,
  firstFeedbackOn: CivilDate | undefined,
  today: CivilDate,
): FeedbackState {
  if (firstFeedbackOn !== undefined) return firstFeedbackOn <= deadline ? 'on-time' : 'late';
  if (today > deadline) return 'overdue';
  return daysBetween(today, deadline) <= DUE_SOON_DAYS ? 'due-soon' : 'waiting';
}
