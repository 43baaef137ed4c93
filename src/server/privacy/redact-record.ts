import { newId } from '../../shared/ids.ts';
import { redactText, textNames, valueNames, withErasedRefs } from '../../shared/privacy/erasure.ts';
import type { Mention } from '../../shared/privacy/privacy-api.ts';
import type { PulledTable } from '../../shared/sync-protocol/sync-tables.ts';
import {
  appendOnlyList,
  TABLE_DESCRIPTIONS,
} from '../../shared/sync-protocol/table-descriptions.ts';

type Data = Record<string, unknown>;

export type { Mention };

/** Where a redacted text goes: `${table}:${recordId}:${field}:${entryId ?? ''}`. */
export const mentionKey = (m: Pick<Mention, 'table' | 'recordId' | 'field' | 'entryId'>) =>
  `${m.table}:${m.recordId}:${m.field}:${m.entryId ?? ''}`;

/** Conflicts and refusals hold copies of any field: naming the person, they are purged whole. */
const COPIES: readonly PulledTable[] = ['conflicts', 'rejections'];

/** The text fields of a table that may name someone: its personal and searchable fields. */
function textFields(table: PulledTable): string[] {
  const { personal, searchable } = TABLE_DESCRIPTIONS[table];
  return [...new Set([...personal, ...searchable])];
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

const entryId = (entry: Data, index: number) =>
  typeof entry['id'] === 'string' ? entry['id'] : `#${index}`;

/** Every text of a record that names one of the needles. */
export function mentionsIn(
  table: PulledTable,
  recordId: string,
  data: Data,
  needles: readonly string[],
): Mention[] {
  if (COPIES.includes(table) || table === 'people') return [];
  const found: Mention[] = [];
  for (const field of textFields(table)) {
    const value = data[field];
    if (typeof value === 'string') {
      if (textNames(value, needles)) {
        found.push({ table, recordId, field, entryId: null, text: value, current: true });
      }
      continue;
    }
    const list = appendOnlyList(table, field);
    if (!list?.text || !Array.isArray(value)) continue;
    const entries = value as Data[];
    entries.forEach((entry, index) => {
      const text = entry[list.text ?? ''];
      if (typeof text !== 'string' || !textNames(text, needles)) return;
      const current = !list.revisions || index === entries.length - 1;
      found.push({ table, recordId, field, entryId: entryId(entry, index), text, current });
    });
  }
  return found;
}

export interface Redacted {
  data: Data;
  /** Ids of list entries taken out (older note revisions): a late push may not return them. */
  removedEntryIds: string[];
}

/**
 * The record without the erased person: references pointed at "verwijderde persoon", every
 * text naming them replaced by the connector's redaction (`texts`, by mentionKey) or else by
 * the automatic one; for a list of revisions, each revision naming them is removed and, when
 * it was the current one, a new revision with the redacted text is added by `actorId`. A
 * conflict or refusal naming them is emptied and marked deleted. Null: nothing to change.
 */
export function redactRecord(
  table: PulledTable,
  recordId: string,
  data: Data,
  erase: { personId: string; needles: readonly string[] },
  texts: ReadonlyMap<string, string>,
  actorId: string,
  now: number,
): Redacted | null {
  const { personId, needles } = erase;
  if (COPIES.includes(table)) {
    if (!valueNames(data, needles, [personId])) return null;
    const emptied: Data = { ...data, deleted: true, updatedAt: now };
    for (const field of TABLE_DESCRIPTIONS[table].personal) emptied[field] = null;
    return { data: emptied, removedEntryIds: [] };
  }
  let next = withErasedRefs(table, data, new Set([personId]));
  const removedEntryIds: string[] = [];
  const replacement = (field: string, id: string | null, text: string) =>
    texts.get(mentionKey({ table, recordId, field, entryId: id })) ?? redactText(text, needles);
  for (const field of textFields(table)) {
    const value = next[field];
    if (typeof value === 'string') {
      if (textNames(value, needles)) {
        next = { ...next, [field]: redactText(replacement(field, null, value), needles) };
      }
      continue;
    }
    const list = appendOnlyList(table, field);
    if (!list?.text || !Array.isArray(value)) continue;
    const textField = list.text;
    const entries = value as Data[];
    if (!entries.some((entry) => textNames(textOf(entry[textField]), needles))) continue;
    if (list.revisions) {
      const latest = entries.at(-1);
      const kept = entries.filter((entry, index) => {
        const names = textNames(textOf(entry[textField]), needles);
        if (names) removedEntryIds.push(entryId(entry, index));
        return !names;
      });
      if (latest && textNames(textOf(latest[textField]), needles)) {
        const text = replacement(
          field,
          entryId(latest, entries.length - 1),
          textOf(latest[textField]),
        );
        kept.push({
          ...latest,
          id: newId(now),
          [textField]: redactText(text, needles),
          [list.at ?? 'createdAt']: now,
          [list.by]: actorId,
        });
      }
      next = { ...next, [field]: kept };
    } else {
      next = {
        ...next,
        [field]: entries.map((entry, index) => {
          const text = textOf(entry[textField]);
          if (!textNames(text, needles)) return entry;
          const redacted = replacement(field, entryId(entry, index), text);
          return { ...entry, [textField]: redactText(redacted, needles) };
        }),
      };
    }
  }
  if (next === data) return null;
  return { data: { ...next, updatedAt: now }, removedEntryIds };
}
