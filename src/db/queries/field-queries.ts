import Dexie from 'dexie';
import type { Initiative } from '../../shared/records/initiative.ts';
import { isFinal } from '../../shared/records/initiative-status.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { Person } from '../../shared/records/person.ts';
import type { NoaberDatabase } from '../database.ts';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl');

export async function peopleInKern(db: NoaberDatabase, kernId: string): Promise<Person[]> {
  const people = await db.people.where('kernId').equals(kernId).toArray();
  return people.filter((person) => !person.deleted).sort(byName);
}

/**
 * The organisations of a kern that can be chosen for something new (a visit, a role): a
 * dissolved organisation keeps its history but is no longer offered.
 */
export async function organisationsInKern(
  db: NoaberDatabase,
  kernId: string,
): Promise<Organisation[]> {
  const organisations = await db.organisations.where('kernIds').equals(kernId).toArray();
  return organisations
    .filter((organisation) => !organisation.deleted && organisation.status !== 'opgeheven')
    .sort(byName);
}

/**
 * The organisations a person's roles can be in: those offered in the kern, and every one
 * the person already has a role in (also when dissolved or in another kern), so each role
 * shows its organisation's name.
 */
export async function organisationsForRoles(
  db: NoaberDatabase,
  kernId: string,
  heldIds: readonly string[],
): Promise<Organisation[]> {
  const offered = await organisationsInKern(db, kernId);
  const offeredIds = new Set(offered.map((organisation) => organisation.id));
  const held = (await db.organisations.bulkGet(heldIds.filter((id) => !offeredIds.has(id)))).filter(
    (organisation): organisation is Organisation => organisation !== undefined,
  );
  return [...offered, ...held].sort(byName);
}

export async function openInitiativesInKern(
  db: NoaberDatabase,
  kernId: string,
): Promise<Initiative[]> {
  const initiatives = await db.initiatives.where('kernId').equals(kernId).toArray();
  return initiatives.filter((initiative) => !initiative.deleted && !isFinal(initiative.status));
}

/** How many of my latest visits the topic suggestions come from. */
export const TOPIC_VISITS = 300;

/**
 * The topics of my latest visits, most used first: the suggestions for a new visit. Read
 * through my visits' index, not the whole table: with years of visits on a device, a scan of
 * all of them kept Nieuw bezoek over its 100 ms budget (157 ms with 10 000 visits).
 */
export async function knownTopics(db: NoaberDatabase, userId: string): Promise<string[]> {
  const counts = new Map<string, number>();
  const mine = await db.visits
    .where('[authorId+date]')
    .between([userId, Dexie.minKey], [userId, Dexie.maxKey])
    .reverse()
    .limit(TOPIC_VISITS)
    .toArray();
  for (const visit of mine) {
    if (visit.deleted) continue;
    for (const topic of visit.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([t]) => t);
}
