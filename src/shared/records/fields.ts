import * as v from 'valibot';
import { isCivilDate } from '../dates/civil-date.ts';

/** Building blocks of the record schemas, with messages that name the problem. */
export const RecordIdSchema = v.pipe(v.string(), v.uuid('is geen geldig id'));

export const CivilDateSchema = v.pipe(
  v.string(),
  v.check(isCivilDate, 'is geen geldige datum (jjjj-mm-dd)'),
);

export const requiredText = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'is leeg'),
    v.maxLength(max, `is langer dan ${max} tekens`),
  );

export const optionalText = (max: number) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, `is langer dan ${max} tekens`)), '');

export const OptionalEmailSchema = v.optional(
  v.union([
    v.literal(''),
    v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email('is geen e-mailadres')),
  ]),
  '',
);

/** Dutch and international numbers: digits, spaces, +, -, ( ) — at least 6 digits. */
export const OptionalPhoneSchema = v.optional(
  v.union([
    v.literal(''),
    v.pipe(v.string(), v.trim(), v.regex(/^\+?[\d\s()-]{6,20}$/, 'is geen telefoonnummer')),
  ]),
  '',
);

export const OptionalWebsiteSchema = v.optional(
  v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.url('is geen webadres'))]),
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
