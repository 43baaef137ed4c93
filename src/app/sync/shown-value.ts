import { isCivilDate } from '../../shared/dates/civil-date.ts';
import type { RecordName } from '../../db/queries/record-names.ts';
import { appendOnlyKey, newEntries } from '../../shared/sync-protocol/merge-patch.ts';
import { PUSHED_TABLES, type PushedTable } from '../../shared/sync-protocol/sync-tables.ts';

/**
 * Fields that hold a user's id: shown as a name, or as "een collega" when the device has
 * none for it (its colleague list is older than the account).
 */
const USER_FIELDS = new Set(['assigneeId', 'assignedConnectorId', 'authorId', 'registeredById']);

/**
 * Bookkeeping nobody typed — ids, times, who — left out where a change or a list entry is
 * shown (`at` and `by` are a status change's time and author).
 */
const BOOKKEEPING = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'authorId',
  'registeredById',
  'at',
  'by',
]);

/** What a value needs to be read by a person, in the chosen language. */
export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
  /** A user the device has no name for ("een collega"). */
  colleague: string;
  me: { id: string; name: string };
  /** Colleagues' names by user id, as last copied from the server. */
  users: ReadonlyMap<string, string>;
  kernen: ReadonlyMap<string, string>;
  /** Records on this device, by id. */
  records: ReadonlyMap<string, RecordName>;
  /** A civil date written out ("3 maart 2026"). */
  date: (civil: string) => string;
  /** A visit, named by its date ("bezoek op 3 maart 2026"). */
  visit: (date: string) => string;
  /** A stored code in words, where the app has words for it (an initiative's status). */
  code: (value: string) => string | undefined;
}

/**
 * A stored value as a person reads it (in a conflict): text as is, yes or no, lists and
 * entries joined, nothing as "(leeg)", and ids by what they stand for — a kern, record or
 * user by name, an unknown user as "een collega" — instead of a string of hex.
 */
export function shown(value: unknown, field: string, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map((item) => shown(item, field, words)).join(', ');
  if (typeof value === 'object') {
    // A list entry such as a membership: its filled-in values, named the same way.
    return Object.entries(value)
      .filter(([key, entry]) => !BOOKKEEPING.has(key) && entry !== null && entry !== '')
      .map(([key, entry]) => shown(entry, key, words))
      .join(' – ');
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return words.empty; // JSON holds no other kinds

  if (USER_FIELDS.has(field)) return userName(value, words);
  return (
    words.code(value) ?? idName(value, words) ?? (isCivilDate(value) ? words.date(value) : value)
  );
}

/** The name of a user the device knows: the signed-in one, or one on the colleague list. */
function knownUser(id: string, words: Pick<ValueWords, 'me' | 'users'>): string | undefined {
  return id === words.me.id ? words.me.name : words.users.get(id);
}

/** A user by name: the signed-in one, a colleague the device knows, or "een collega". */
export function userName(
  id: string,
  words: Pick<ValueWords, 'me' | 'users' | 'colleague'>,
): string {
  return knownUser(id, words) ?? words.colleague;
}

/** A visit by its date ("bezoek op 3 maart 2026"); other records by name. */
function recordWords(record: RecordName, words: Pick<ValueWords, 'date' | 'visit'>): string {
  return record.table === 'visits' ? words.visit(words.date(record.name)) : record.name;
}

function idName(id: string, words: ValueWords): string | undefined {
  const record = words.records.get(id);
  return knownUser(id, words) ?? words.kernen.get(id) ?? (record && recordWords(record, words));
}

/** A record as a sentence names it: "persoon “Jan de Vries”", or just "persoon". */
export function recordPhrase(
  tableWord: string,
  id: string,
  words: Pick<ValueWords, 'records' | 'date' | 'visit'>,
): string {
  const record = words.records.get(id);
  if (!record || record.name === '') return tableWord;
  if (record.table === 'visits') return recordWords(record, words);
  return `${tableWord} “${record.name}”`;
}

/** The strings in a value, nested ones too: the ids among them can be named. */
export function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(idsIn);
  return [];
}

/**
 * The fields of a change as typed (a refused one, shown to its author), bookkeeping left
 * out. A list that only grows (notes, status history) shows only the entries the record as
 * the device has it now lacks: the ones that were refused, not the whole history sent along.
 */
export function typedFields(
  table: string,
  change: unknown,
  current: Record<string, unknown> | undefined,
): [field: string, value: unknown][] {
  if (typeof change !== 'object' || change === null || Array.isArray(change)) return [];
  const pushed = (PUSHED_TABLES as readonly string[]).includes(table);
  return Object.entries(change)
    .filter(([field]) => !BOOKKEEPING.has(field))
    .map(([field, value]) => {
      const key = pushed ? appendOnlyKey(table as PushedTable, field) : undefined;
      return [field, key && current ? newEntries(current[field], value, key) : value];
    });
}
