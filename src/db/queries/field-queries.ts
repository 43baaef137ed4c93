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

/** Every topic used before on this device, most used first: the suggestions for new visits. */
export async function knownTopics(db: NoaberDatabase): Promise<string[]> {
  const counts = new Map<string, number>();
  await db.visits.each((visit) => {
    for (const topic of visit.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  });
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([t]) => t);
}
