import type { Initiative } from '../records/initiative.ts';
import type { SatisfactionAnswer } from './report-data.ts';

/**
 * The residents' answers to "how satisfied are you?" (asked on the status page of a finished
 * initiative, issue 16), as the reports' `satisfaction` list: one per answered initiative
 * that still exists.
 */
export function satisfactionAnswers(
  initiatives: readonly Pick<Initiative, 'id' | 'deleted' | 'residentSatisfaction'>[],
): SatisfactionAnswer[] {
  return initiatives.flatMap((initiative) =>
    initiative.residentSatisfaction && !initiative.deleted
      ? [
          {
            initiativeId: initiative.id,
            score: initiative.residentSatisfaction.score,
            answeredOn: initiative.residentSatisfaction.answeredOn,
          },
        ]
      : [],
  );
}
