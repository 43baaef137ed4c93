import { TABLE_DESCRIPTIONS } from '../sync-protocol/table-descriptions.ts';
import type { PulledTable } from '../sync-protocol/sync-tables.ts';
import { ERASED_PERSON_ID, isErasedPerson } from '../records/person.ts';

/**
 * What an erased person leaves behind: nothing that identifies them. Visits and initiatives
 * that named them point at ERASED_PERSON_ID instead, which the app shows as "verwijderde
 * persoon"; the link to the erased record (and any copy of it elsewhere) is cut.
 */
export { ERASED_PERSON_ID };

/** The words that replace a name, phone number or e-mail address in a redacted text. */
export const ERASED_TEXT = '[verwijderde persoon]';

type Data = Record<string, unknown>;

/**
 * An erased person's record as it stays on the server and travels to devices: a tombstone
 * with every personal field emptied. A deleted person always has a name (required), so an
 * empty name on a tombstone is what tells an erasure (isErasedPerson) — also to a device of an
 * older app, which simply sees the person deleted.
 */
export function erasedPersonRecord(person: Data, now: number): Data {
  return {
    id: person['id'],
    kernId: person['kernId'],
    createdAt: person['createdAt'],
    updatedAt: now,
    deleted: true,
    name: '',
    phone: '',
    email: '',
    memberships: [],
    dataBasis: '',
  };
}

export { isErasedPerson };

/**
 * The strings that identify a person in other records and logs: their name, phone number and
 * e-mail address (case is ignored when looking for them). Too short a value would match
 * everywhere, so fewer than three characters are left out.
 */
export function personNeedles(person: Data): string[] {
  return ['name', 'phone', 'email']
    .map((field) => person[field])
    .filter((value): value is string => typeof value === 'string' && value.trim().length >= 3)
    .map((value) => value.trim());
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does this text hold one of the needles? */
export function textNames(text: string, needles: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return needles.some((needle) => lower.includes(needle.toLowerCase()));
}

/** The text with every needle replaced by ERASED_TEXT. */
export function redactText(text: string, needles: readonly string[]): string {
  let result = text;
  for (const needle of needles) {
    result = result.replace(new RegExp(escape(needle), 'giu'), ERASED_TEXT);
  }
  return result;
}

/** Does any string anywhere in this value hold a needle or one of the ids? */
export function valueNames(
  value: unknown,
  needles: readonly string[],
  ids: readonly string[] = [],
): boolean {
  const json = JSON.stringify(value ?? null);
  return textNames(json, needles) || ids.some((id) => json.includes(id));
}

/**
 * The value with every string holding a needle redacted and every string that is one of the
 * ids replaced by ERASED_PERSON_ID: for what a device keeps that the server never rewrites
 * (its outbox, its drafts).
 */
export function redactValue(value: unknown, needles: readonly string[], ids: readonly string[]) {
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') {
      if (ids.includes(item)) return ERASED_PERSON_ID;
      return textNames(item, needles) ? redactText(item, needles) : item;
    }
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  return walk(value);
}

/**
 * The record with its person references (table-descriptions.ts, personRefs) to any of `ids`
 * pointed at ERASED_PERSON_ID; the same object when none.
 */
export function withErasedRefs(table: PulledTable, data: Data, ids: ReadonlySet<string>): Data {
  let next = data;
  for (const field of TABLE_DESCRIPTIONS[table].personRefs) {
    if (field === 'id') continue;
    const value = data[field];
    if (typeof value === 'string' && ids.has(value)) {
      next = { ...next, [field]: ERASED_PERSON_ID };
    } else if (Array.isArray(value) && value.some((id) => ids.has(id as string))) {
      const replaced = (value as unknown[]).map((id) =>
        ids.has(id as string) ? ERASED_PERSON_ID : id,
      );
      // "Verwijderde persoon" once: two erased people present are one unknown group.
      next = { ...next, [field]: [...new Set(replaced)] };
    }
  }
  return next;
}

/** The person ids a record names (its personRefs), erased ones left out. */
export function personIdsIn(table: PulledTable, data: Data): string[] {
  const ids: string[] = [];
  for (const field of TABLE_DESCRIPTIONS[table].personRefs) {
    const value = data[field];
    const list = Array.isArray(value) ? value : [value];
    for (const id of list) if (typeof id === 'string' && id !== ERASED_PERSON_ID) ids.push(id);
  }
  return ids;
}
