import type { PushedTable } from '../sync-protocol/sync-tables.ts';

type Data = Readonly<Record<string, unknown>>;

/** Finds the kern of a linked visit or initiative (an action belongs where its source does). */
export type KernOf = (table: 'visits' | 'initiatives', id: string) => string | undefined;

const text = (data: Data, field: string): string[] =>
  typeof data[field] === 'string' ? [data[field]] : [];

/**
 * The kernen a record belongs to: its write scope. An organisation can work in several; a
 * person, visit and initiative in one; an action where the visit or initiative it follows up
 * is. Conflicts and refusals belong to no kern (they belong to the people concerned).
 */
export function recordKernen(table: PushedTable, data: Data, kernOf: KernOf): string[] {
  switch (table) {
    case 'organisations':
      return Array.isArray(data['kernIds']) ? data['kernIds'].map(String) : [];
    case 'people':
    case 'visits':
    case 'initiatives':
      return text(data, 'kernId');
    case 'actions':
      return [
        ...text(data, 'visitId').map((id) => kernOf('visits', id)),
        ...text(data, 'initiativeId').map((id) => kernOf('initiatives', id)),
      ].filter((id): id is string => id !== undefined);
    case 'conflicts':
      return [];
  }
}
