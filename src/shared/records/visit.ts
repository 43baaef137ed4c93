import * as v from 'valibot';
import {
  CivilDateSchema,
  type FieldReason,
  maxText,
  RecordIdSchema,
  RecordMetaSchema,
} from './fields.ts';

export const VISIT_CHANNELS = [
  'bezoek',
  'telefoon',
  'pb-vergadering',
  'inloopspreekuur',
  'e-mail',
  'overig',
] as const;

const MAX_NOTE_LENGTH = 20_000;

/**
 * Conversation notes are append-only: an edit adds a revision and the old text stays
 * visible. Two devices editing the same notes offline therefore never overwrite each other.
 */
export const NoteRevisionSchema = v.strictObject({
  id: RecordIdSchema,
  text: v.pipe(v.string(), maxText(MAX_NOTE_LENGTH)),
  createdAt: v.number(),
  authorId: RecordIdSchema,
});
export type NoteRevision = v.InferOutput<typeof NoteRevisionSchema>;

/** A free tag; earlier tags are offered as suggestions. Stored trimmed and in lower case. */
export const TopicSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.minLength(1, 'required' satisfies FieldReason),
  maxText(60),
);

const visitFields = {
  date: CivilDateSchema,
  kernId: RecordIdSchema,
  channel: v.picklist(VISIT_CHANNELS),
  organisationIds: v.optional(v.array(RecordIdSchema), []),
  personIds: v.optional(v.array(RecordIdSchema), []),
  topics: v.optional(v.pipe(v.array(TopicSchema), v.maxLength(30)), []),
  initiativeIds: v.optional(v.array(RecordIdSchema), []),
};

/** What a form sends: the notes as text; the repository turns it into a revision. */
export const VisitInputSchema = v.strictObject({
  ...visitFields,
  notes: v.pipe(v.string(), maxText(MAX_NOTE_LENGTH)),
});
export type VisitInput = v.InferInput<typeof VisitInputSchema>;

/**
 * A visit records something: a note, a person or an organisation. A deleted one need not
 * (its tombstone keeps what it had, and deleting never fails on an old empty visit).
 */
export function visitHoldsSomething(visit: {
  deleted?: boolean;
  notes: string;
  personIds: readonly string[];
  organisationIds: readonly string[];
}): boolean {
  return (
    visit.deleted === true ||
    visit.notes.trim() !== '' ||
    visit.personIds.length > 0 ||
    visit.organisationIds.length > 0
  );
}

export const VisitSchema = v.pipe(
  v.strictObject({
    ...RecordMetaSchema,
    ...visitFields,
    noteRevisions: v.pipe(v.array(NoteRevisionSchema), v.minLength(1)),
    authorId: RecordIdSchema,
  }),
  v.forward(
    v.partialCheck(
      [['deleted'], ['noteRevisions'], ['personIds'], ['organisationIds']],
      (visit) => visitHoldsSomething({ ...visit, notes: visit.noteRevisions.at(-1)?.text ?? '' }),
      'visit-empty' satisfies FieldReason,
    ),
    ['noteRevisions'],
  ),
);
export type Visit = v.InferOutput<typeof VisitSchema>;

export { currentNotes } from './visit-notes.ts';
