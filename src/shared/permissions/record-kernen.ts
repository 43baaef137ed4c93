import type { PushedTable } from '../sync-protocol/sync-tables.ts';
import { TABLE_DESCRIPTIONS } from '../sync-protocol/table-descriptions.ts';

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
  const scope = TABLE_DESCRIPTIONS[table].kern;
  switch (scope.kind) {
    case 'kernen': {
      const kernen = data[scope.field];
      return Array.isArray(kernen) ? kernen.map(String) : [];
    }
    case 'kern':
      return text(data, scope.field);
    case 'linked':
      return [
        ...text(data, scope.visit).map((id) => kernOf('visits', id)),
        ...text(data, scope.initiative).map((id) => kernOf('initiatives', id)),
      ].filter((id): id is string => id !== undefined);
    case 'none':
      return [];
  }
}
