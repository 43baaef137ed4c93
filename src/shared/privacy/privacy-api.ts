import * as v from 'valibot';
import { PULLED_TABLES, type PulledTable } from '../sync-protocol/sync-tables.ts';

/**
 * The AVG API (README, "Privacy"): a person's mentions for the erase screen, the erasure
 * itself, the export (inzage) and who had their data; the retention terms.
 */

/** A text in a record that names the person being erased; the erase screen lists it. */
export interface Mention {
  table: PulledTable;
  recordId: string;
  field: string;
  /** The entry of an append-only list (a note revision, a feedback entry); null: the field. */
  entryId: string | null;
  text: string;
  /** The text as it reads now (false: an older note revision, removed with the erasure). */
  current: boolean;
}

export interface MentionsResponse {
  person: { id: string; name: string; kernId: string };
  mentions: Mention[];
}

/** The connector's wording of a mention without the person (else it is redacted for them). */
export const RedactionSchema = v.strictObject({
  table: v.picklist(PULLED_TABLES),
  recordId: v.pipe(v.string(), v.maxLength(64)),
  field: v.pipe(v.string(), v.maxLength(64)),
  entryId: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  redacted: v.pipe(v.string(), v.maxLength(20_000)),
});
export type Redaction = v.InferOutput<typeof RedactionSchema>;

export const ErasureRequestSchema = v.strictObject({
  redactions: v.pipe(v.array(RedactionSchema), v.maxLength(1_000)),
});
export type ErasureRequest = v.InferOutput<typeof ErasureRequestSchema>;

export interface ErasureResponse {
  /** Records rewritten without the person, besides their own. */
  records: number;
}

/** Who received a person's data (access-log.ts), with the account's name. */
export interface AccessLogLine {
  userId: string;
  userName: string;
  day: string;
  via: 'pull' | 'export';
  rows: number;
}

/**
 * How long each kind of data is kept, in months; null: no term (kept until erased by hand).
 * The defaults are documented in docs/privacy.md.
 */
export const RetentionSettingsSchema = v.strictObject({
  /** A contact person with no visit, initiative or change for this long is erased. */
  inactivePeopleMonths: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240))),
  /** A visit's notes (and who was there) are emptied this long after the visit. */
  visitNotesMonths: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240))),
  /** A finished initiative's personal parts go this long after it finished. */
  finishedInitiativeMonths: v.nullable(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
  ),
  /** The access log is kept this long. */
  accessLogMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
});
export type RetentionSettings = v.InferOutput<typeof RetentionSettingsSchema>;

export const DEFAULT_RETENTION: RetentionSettings = {
  inactivePeopleMonths: 24,
  visitNotesMonths: 60,
  // The municipality sets it (its archive rules); until then nothing goes automatically.
  finishedInitiativeMonths: null,
  accessLogMonths: 24,
};

/** What the retention job would erase in the coming month, per kind (Beheer shows it). */
export interface RetentionPreview {
  settings: RetentionSettings;
  /** When the job last ran to the end; null: never. */
  lastRun: number | null;
  due: {
    people: { id: string; name: string }[];
    visitNotes: number;
    initiatives: number;
    accessLogEntries: number;
  };
}

type Data = Record<string, unknown>;

/** Everything the municipality holds about one person (AVG art. 15), as the server has it. */
export interface PersonExport {
  generatedAt: number;
  generatedBy: string;
  person: Data;
  /** The organisations of their memberships, by id (their names, for the reader). */
  organisations: Record<string, string>;
  /** Visits where they were present (personIds) or that name them in their notes. */
  visits: { present: boolean; visit: Data }[];
  /** Initiatives they started (initiatorPersonId) or that name them. */
  initiatives: { started: boolean; initiative: Data }[];
  /** What they were told about their initiatives (the feedback log). */
  feedback: { initiativeId: string; entry: Data }[];
  /** Follow-ups of those visits and initiatives, or naming them. */
  actions: Data[];
  /** Who received their data (the access log). */
  access: AccessLogLine[];
}
