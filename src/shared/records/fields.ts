import * as v from 'valibot';
import { isCivilDate } from '../dates/civil-date.ts';

/**
 * Why a field was refused, as a language-neutral code: the app turns it into words in the
 * chosen language, the server can answer with the same code. Every message the record
 * schemas set is one of these; valibot's own messages (a wrong type, an unknown key, a
 * value outside a pick list) count as `invalid`.
 */
export const FIELD_REASONS = [
  'required',
  'too-long',
  'invalid-id',
  'invalid-date',
  'invalid-email',
  'invalid-phone',
  'invalid-website',
  'invalid-amount',
  'needs-kern',
  'end-date-status',
  'end-before-start',
  'in-the-future',
  'visit-empty',
  /** The record grew too large to send to the server (push-size.ts); nothing was saved. */
  'too-large',
  'invalid',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

/** The reason a valibot message stands for; anything not set by these schemas is `invalid`. */
export function fieldReason(message: string): FieldReason {
  return (FIELD_REASONS as readonly string[]).includes(message)
    ? (message as FieldReason)
    : 'invalid';
}

const reason = (code: FieldReason) => code;

/** Building blocks of the record schemas, with a reason code that names the problem. */
export const RecordIdSchema = v.pipe(v.string(), v.uuid(reason('invalid-id')));

export const CivilDateSchema = v.pipe(v.string(), v.check(isCivilDate, reason('invalid-date')));

/** The `too-long` issue carries the maximum as its `requirement`, for "at most N characters". */
export const maxText = (max: number) => v.maxLength<string, number, FieldReason>(max, 'too-long');

export const requiredText = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, reason('required')), maxText(max));

export const optionalText = (max: number) =>
  v.optional(v.pipe(v.string(), v.trim(), maxText(max)), '');

export const OptionalEmailSchema = v.optional(
  v.union(
    [
      v.literal(''),
      v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(reason('invalid-email'))),
    ],
    reason('invalid-email'),
  ),
  '',
);

/** Dutch and international numbers: digits, spaces, +, -, ( ) — at least 6 digits. */
export const OptionalPhoneSchema = v.optional(
  v.union(
    [
      v.literal(''),
      v.pipe(v.string(), v.trim(), v.regex(/^\+?[\d\s()-]{6,20}$/, reason('invalid-phone'))),
    ],
    reason('invalid-phone'),
  ),
  '',
);

export const OptionalWebsiteSchema = v.optional(
  v.union(
    [v.literal(''), v.pipe(v.string(), v.trim(), v.url(reason('invalid-website')))],
    reason('invalid-website'),
  ),
  '',
);

/** Fields every synced record carries; the repositories set them, never a form. */
export const RecordMetaSchema = {
  id: RecordIdSchema,
  createdAt: v.number(),
  updatedAt: v.number(),
  /** Deletes are tombstones: the record stays, marked, so the delete can sync and win. */
  deleted: v.boolean(),
};
