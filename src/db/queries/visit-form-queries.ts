import Dexie from 'dexie';
import type { MembershipRole } from '../../shared/records/person.ts';
import { normalizeForSearch } from '../../shared/search-text.ts';
import type { NoaberDatabase } from '../database.ts';
import { organisationsInKern, peopleInKern } from './field-queries.ts';

/** How many of my latest visits decide which people and organisations are "recent". */
const VISITS_CONSIDERED = 60;
/** How many one-tap chips "Wie was er?" shows before anything is typed. */
export const CHIPS_SHOWN = 6;

/** Someone or something that can be picked as present at a visit. */
export interface Attendee {
  kind: 'person' | 'organisation';
  id: string;
  name: string;
  /** The normalised name, for the search box. */
  key: string;
}

/** A current board member of an organisation, suggested when the organisation is picked. */
export interface BoardMember {
  personId: string;
  name: string;
  role: MembershipRole;
}

export interface VisitChoices {
  attendees: Attendee[];
  /** The one-tap chips: my most recent and most frequent, topped up with the kern's own. */
  chips: Attendee[];
  /** Per organisation id: its current board, chair first. */
  boards: Record<string, BoardMember[]>;
}

/** Board roles, in the order they are suggested; "lid" and "contactpersoon" are not board. */
const BOARD_ORDER: readonly MembershipRole[] = [
  'voorzitter',
  'secretaris',
  'penningmeester',
  'bestuurslid',
];

/** Whether a membership holds today: started (or no start) and not yet ended. */
function holdsOn(membership: { startDate: string | null; endDate: string | null }, today: string) {
  return (
    (membership.startDate === null || membership.startDate <= today) &&
    (membership.endDate === null || membership.endDate >= today)
  );
}

/**
 * Everything "Wie was er?" offers for a kern, read in one go: the kern's people and
 * organisations, the chips, and each organisation's current board.
 */
export async function visitChoices(
  db: NoaberDatabase,
  kernId: string,
  userId: string,
  today: string,
): Promise<VisitChoices> {
  const [people, organisations, mine] = await Promise.all([
    peopleInKern(db, kernId),
    organisationsInKern(db, kernId),
    db.visits
      .where('[authorId+date]')
      .between([userId, Dexie.minKey], [userId, Dexie.maxKey])
      .reverse()
      .limit(VISITS_CONSIDERED)
      .toArray(),
  ]);
  const attendees: Attendee[] = [
    ...organisations.map((o) => ({ kind: 'organisation' as const, id: o.id, name: o.name })),
    ...people.map((p) => ({ kind: 'person' as const, id: p.id, name: p.name })),
  ].map((a) => ({ ...a, key: normalizeForSearch(a.name) }));

  // Recent and frequent in one score: every visit counts, a newer one a little more.
  const score = new Map<string, number>();
  mine
    .filter((visit) => !visit.deleted && visit.kernId === kernId)
    .forEach((visit, index) => {
      const weight = 1 + (VISITS_CONSIDERED - index) / VISITS_CONSIDERED;
      for (const id of [...visit.organisationIds, ...visit.personIds]) {
        score.set(id, (score.get(id) ?? 0) + weight);
      }
    });
  const ranked = attendees
    .filter((a) => score.has(a.id))
    .sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
  // A new connector has no history yet: the kern's organisations fill the row.
  const fill = attendees.filter((a) => !score.has(a.id) && a.kind === 'organisation');
  const chips = [...ranked, ...fill].slice(0, CHIPS_SHOWN);

  const boards: Record<string, BoardMember[]> = {};
  for (const person of people) {
    for (const membership of person.memberships) {
      if (!BOARD_ORDER.includes(membership.role) || !holdsOn(membership, today)) continue;
      (boards[membership.organisationId] ??= []).push({
        personId: person.id,
        name: person.name,
        role: membership.role,
      });
    }
  }
  for (const board of Object.values(boards)) {
    board.sort((a, b) => BOARD_ORDER.indexOf(a.role) - BOARD_ORDER.indexOf(b.role));
  }
  return { attendees, chips, boards };
}

/** The attendees whose name has every typed word in it (accents and case ignored). */
export function matchAttendees(attendees: readonly Attendee[], typed: string): Attendee[] {
  const words = normalizeForSearch(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return attendees.filter((a) => words.every((word) => a.key.includes(word)));
}

/** The kern of my latest visit: the one a new visit starts in when I work in several. */
export async function lastVisitKern(
  db: NoaberDatabase,
  userId: string,
): Promise<string | undefined> {
  const latest = await db.visits
    .where('[authorId+date]')
    .between([userId, Dexie.minKey], [userId, Dexie.maxKey])
    .reverse()
    .filter((visit) => !visit.deleted)
    .first();
  return latest?.kernId;
}
