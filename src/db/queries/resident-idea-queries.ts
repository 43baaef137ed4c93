import { FORM_AUTHOR_ID } from '../../shared/ideas/form-author.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import type { NoaberDatabase } from '../database.ts';

/**
 * New ideas residents sent through the form at /idee (issue 16) that nobody took up yet
 * (still `ingediend`): the ones assigned to me, and the unassigned ones of my kernen — all
 * unassigned ones for a teamleider, who assigns them (also "weet ik niet").
 */
export async function newResidentIdeas(
  db: NoaberDatabase,
  me: { userId: string; kernIds: readonly string[]; leadsTeam: boolean },
): Promise<Initiative[]> {
  const waiting = await db.initiatives.where('status').equals('ingediend').toArray();
  return waiting.filter(
    (initiative) =>
      !initiative.deleted &&
      initiative.registeredById === FORM_AUTHOR_ID &&
      (initiative.assignedConnectorId === me.userId ||
        (initiative.assignedConnectorId === null &&
          (me.leadsTeam || me.kernIds.includes(initiative.kernId)))),
  );
}
