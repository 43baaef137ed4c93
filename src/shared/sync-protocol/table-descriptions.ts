import type { PulledTable } from './sync-tables.ts';

type Entry = Readonly<Record<string, unknown>>;
/** What makes two entries of an append-only list the same entry. */
export type EntryKey = (entry: Entry) => string;

/**
 * A list that only grows (an edit is a new entry): merging keeps every entry either side has,
 * matched by `key`, so two devices adding to one list offline never overwrite each other.
 * Who added an entry (`by`), and when (`at`, if the entry has it), the server sets.
 */
export interface AppendOnlyList {
  key: EntryKey;
  by: string;
  at?: string;
  /** The entry's typed text, when it has one (searched; it may name people). */
  text?: string;
  /**
   * The entries are versions of one text (the latest is the text as it reads now): redacting
   * a name removes every version holding it and adds a new one, rather than editing in place.
   */
  revisions?: boolean;
}

/** Where a record belongs: the kern(en) whose connectors may write it. */
export type KernScope =
  /** In one kern. */
  | { kind: 'kern'; field: string }
  /** In several kernen (an organisation active in more than one village). */
  | { kind: 'kernen'; field: string }
  /** Where the visit and initiative it follows up are (an action). */
  | { kind: 'linked'; visit: string; initiative: string }
  /** In no kern: it belongs to the people it names (a conflict, a refusal). */
  | { kind: 'none' };

/**
 * What the server, the device and the merge need to know of a synced table, said once. The
 * fields themselves are the table's record schema (record-schemas.ts, sync-records.ts); this
 * describes the roles some of them play. A unit test checks that every field named here is a
 * field of the schema.
 */
export interface TableDescription {
  kern: KernScope;
  /** Fields naming the people who read a row whatever its kern (the author, the assignee). */
  readers: readonly string[];
  /** Who made the record: set by the server from the session on create, never patched. */
  author?: string;
  /** Fixed when the record is made, beside id, createdAt and the author. */
  fixedAtCreation: readonly string[];
  appendOnly: Readonly<Record<string, AppendOnlyList>>;
  /**
   * Fields that hold or may hold personal data (a name, a phone number, typed text about
   * someone, a reference to a person): what an erasure or an export has to look at.
   */
  personal: readonly string[];
  /**
   * Fields holding the id of a person (one id or a list of ids): an erasure points them at
   * ERASED_PERSON_ID ("verwijderde persoon"), the access log counts them as that person's data.
   */
  personRefs: readonly string[];
  /** Plain text fields Zoeken looks in (the latest entry's text, for an append-only list). */
  searchable: readonly string[];
}

const byId: EntryKey = (entry) => String(entry['id']);

/**
 * What the resident wrote through the idea form and status page: the server writes these
 * (src/server/ideas), no device ever does, not even when it creates an initiative.
 */
export const RESIDENT_FIELDS = [
  'residentMessages',
  'residentPhotoIds',
  'residentSatisfaction',
] as const;

export const TABLE_DESCRIPTIONS: Readonly<Record<PulledTable, TableDescription>> = {
  organisations: {
    kern: { kind: 'kernen', field: 'kernIds' },
    readers: [],
    fixedAtCreation: [],
    appendOnly: {},
    // An association's contact address may be a volunteer's own.
    personal: ['email', 'phone', 'notes'],
    personRefs: [],
    searchable: ['name', 'address', 'notes'],
  },
  people: {
    kern: { kind: 'kern', field: 'kernId' },
    readers: [],
    fixedAtCreation: [],
    appendOnly: {},
    personal: ['name', 'phone', 'email', 'memberships', 'dataBasis'],
    personRefs: ['id'],
    searchable: ['name', 'email'],
  },
  visits: {
    kern: { kind: 'kern', field: 'kernId' },
    readers: ['authorId'],
    author: 'authorId',
    fixedAtCreation: [],
    appendOnly: {
      noteRevisions: {
        key: byId,
        by: 'authorId',
        at: 'createdAt',
        text: 'text',
        revisions: true,
      },
    },
    personal: ['noteRevisions', 'personIds'],
    personRefs: ['personIds'],
    searchable: ['noteRevisions', 'topics'],
  },
  initiatives: {
    kern: { kind: 'kern', field: 'kernId' },
    readers: ['registeredById', 'assignedConnectorId'],
    author: 'registeredById',
    // The registration date, the feedback deadline the server computes from it, and what a
    // resident wrote (the server's alone).
    fixedAtCreation: ['registeredOn', 'feedbackDeadline', ...RESIDENT_FIELDS],
    appendOnly: {
      // `date` is the day the initiator was told, which the connector enters (it may be
      // earlier), so only who added it is the server's.
      feedbackLog: { key: byId, by: 'by', text: 'summary' },
      // Its id; an app from before status changes had ids: who made it and when.
      statusHistory: {
        key: (entry) =>
          typeof entry['id'] === 'string'
            ? entry['id']
            : `${String(entry['at'])}|${String(entry['by'])}|${String(entry['to'])}`,
        by: 'by',
        at: 'at',
        text: 'reason',
      },
    },
    personal: [
      'description',
      'initiatorPersonId',
      'neighboursNote',
      'feedbackLog',
      'statusHistory',
      'residentMessages',
      'residentSatisfaction',
    ],
    personRefs: ['initiatorPersonId'],
    searchable: ['title', 'description', 'theme'],
  },
  actions: {
    kern: { kind: 'linked', visit: 'visitId', initiative: 'initiativeId' },
    readers: ['assigneeId'],
    // Who set a follow-up: the connector themselves, or a teamleider's review note.
    author: 'requestedById',
    fixedAtCreation: [],
    appendOnly: {},
    personal: ['what'],
    personRefs: [],
    searchable: ['what'],
  },
  conflicts: {
    kern: { kind: 'none' },
    readers: ['keptById', 'overruledById'],
    fixedAtCreation: [],
    appendOnly: {},
    // Either value may be any field of any record.
    personal: ['keptValue', 'overruledValue'],
    personRefs: [],
    searchable: [],
  },
  rejections: {
    kern: { kind: 'none' },
    readers: ['authorId'],
    fixedAtCreation: [],
    appendOnly: {},
    personal: ['change'],
    personRefs: [],
    searchable: [],
  },
};

/** The append-only list `field` of `table` is, if it is one (never an inherited property). */
export function appendOnlyList(table: PulledTable, field: string): AppendOnlyList | undefined {
  const lists = TABLE_DESCRIPTIONS[table].appendOnly;
  return Object.hasOwn(lists, field) ? lists[field] : undefined;
}
