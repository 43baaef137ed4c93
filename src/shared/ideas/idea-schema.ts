import * as v from 'valibot';
import { normaliseIdeaCode } from './idea-code.ts';

/**
 * The resident's idea as the form sends it: one schema for the form (which shows the field
 * problems) and the server (which refuses the rest). Field problems are reason codes, as in
 * the record schemas, turned into words by the form.
 */
export const IDEA_HELP_KINDS = ['meedenken', 'contacten', 'ruimte', 'geld', 'anders'] as const;
export type IdeaHelpKind = (typeof IDEA_HELP_KINDS)[number];
export const IDEA_INVOLVED = ['alleen', 'buren', 'vereniging'] as const;
export type IdeaInvolved = (typeof IDEA_INVOLVED)[number];
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const IDEA_LIMITS = {
  title: 120,
  description: 4000,
  helpOther: 300,
  name: 100,
  email: 200,
  phone: 20,
  photos: 2,
  /** Bytes of one photo after the phone made it smaller (≤ 1600 px, re-encoded). */
  photoBytes: 1024 * 1024,
  message: 1000,
  comment: 1000,
} as const;

/** Less than this between opening the form and sending it: no person typed it. */
export const MIN_FILL_MS = 4000;

/** "weet ik niet": the form's value when the resident does not know the kern. */
export const UNKNOWN_KERN = 'weet-ik-niet';

export const IDEA_FIELD_REASONS = [
  'required',
  'too-long',
  'invalid',
  'invalid-email',
  'invalid-phone',
  'contact-required',
  'consent-required',
  'too-many-photos',
  'photo-too-large',
] as const;
export type IdeaFieldReason = (typeof IDEA_FIELD_REASONS)[number];

const UUID = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i;
const IdSchema = v.pipe(v.string(), v.regex(UUID, 'invalid'));

const required = (max: number) =>
  v.pipe(v.string('required'), v.trim(), v.minLength(1, 'required'), v.maxLength(max, 'too-long'));
const optional = (max: number) =>
  v.optional(v.pipe(v.string('invalid'), v.trim(), v.maxLength(max, 'too-long')), '');

/** Base64 of at most `bytes` bytes (4 characters per 3 bytes). */
const base64Of = (bytes: number) =>
  v.pipe(
    v.string('invalid'),
    v.maxLength(Math.ceil(bytes / 3) * 4, 'photo-too-large'),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'invalid'),
  );

export const IdeaPhotoSchema = v.strictObject({
  type: v.picklist(PHOTO_TYPES, 'invalid'),
  data: base64Of(IDEA_LIMITS.photoBytes),
});
export type IdeaPhoto = v.InferOutput<typeof IdeaPhotoSchema>;

export const IdeaSubmissionSchema = v.pipe(
  v.strictObject({
    /** Made on the phone: sending the same submission again changes nothing. */
    id: IdSchema,
    /** Made on the phone too, so the person has it at once, also offline (idea-code.ts). */
    code: v.pipe(
      v.string('invalid'),
      v.check((code) => normaliseIdeaCode(code) === code, 'invalid'),
    ),
    /** A kern id, or UNKNOWN_KERN. */
    kern: v.union([v.literal(UNKNOWN_KERN), IdSchema], 'required'),
    title: required(IDEA_LIMITS.title),
    description: required(IDEA_LIMITS.description),
    help: v.pipe(
      v.array(v.picklist(IDEA_HELP_KINDS, 'invalid'), 'invalid'),
      v.maxLength(IDEA_HELP_KINDS.length, 'invalid'),
    ),
    helpOther: optional(IDEA_LIMITS.helpOther),
    involved: v.picklist(IDEA_INVOLVED, 'required'),
    name: required(IDEA_LIMITS.name),
    email: v.optional(
      v.union(
        [
          v.literal(''),
          v.pipe(
            v.string(),
            v.trim(),
            v.toLowerCase(),
            v.maxLength(IDEA_LIMITS.email, 'too-long'),
            v.email('invalid-email'),
          ),
        ],
        'invalid-email',
      ),
      '',
    ),
    phone: v.optional(
      v.union(
        [
          v.literal(''),
          v.pipe(v.string(), v.trim(), v.regex(/^\+?[\d\s()-]{6,20}$/, 'invalid-phone')),
        ],
        'invalid-phone',
      ),
      '',
    ),
    consent: v.literal(true, 'consent-required'),
    photos: v.optional(
      v.pipe(
        v.array(IdeaPhotoSchema, 'invalid'),
        v.maxLength(IDEA_LIMITS.photos, 'too-many-photos'),
      ),
      [],
    ),
    language: v.optional(v.picklist(['nl', 'en'], 'invalid'), 'nl'),
    /** The honeypot: a field people do not see; anything in it is a bot. */
    website: v.optional(v.string('invalid'), ''),
    /** Milliseconds between opening the form and sending it (MIN_FILL_MS). */
    fillMs: v.pipe(v.number('invalid'), v.integer('invalid'), v.minValue(0, 'invalid')),
  }),
  v.forward(
    v.check((idea) => idea.email !== '' || idea.phone !== '', 'contact-required'),
    ['email'],
  ),
);
export type IdeaSubmission = v.InferOutput<typeof IdeaSubmissionSchema>;
export type IdeaSubmissionInput = v.InferInput<typeof IdeaSubmissionSchema>;

/** The field a problem belongs to and its reason, for the form. */
export function ideaProblems(input: unknown): { field: string; reason: IdeaFieldReason }[] {
  const result = v.safeParse(IdeaSubmissionSchema, input);
  if (result.success) return [];
  const seen = new Set<string>();
  const problems: { field: string; reason: IdeaFieldReason }[] = [];
  for (const issue of result.issues) {
    const key: unknown = issue.path?.[0]?.key;
    const field = typeof key === 'string' ? key : 'form';
    if (seen.has(field)) continue;
    seen.add(field);
    const reason = (IDEA_FIELD_REASONS as readonly string[]).includes(issue.message)
      ? (issue.message as IdeaFieldReason)
      : 'invalid';
    problems.push({ field, reason });
  }
  return problems;
}

/** The status page's requests: each carries the code (in the body, never in a logged URL). */
const CodeSchema = v.pipe(
  v.string('invalid'),
  v.maxLength(40, 'invalid'),
  v.transform(normaliseIdeaCode),
  v.string('invalid'),
);
export const IdeaLookupSchema = v.strictObject({ code: CodeSchema });
export const IdeaMessageSchema = v.strictObject({
  code: CodeSchema,
  /** Made on the phone: a message sent twice is kept once. */
  id: IdSchema,
  text: required(IDEA_LIMITS.message),
});
export const IdeaWithdrawSchema = v.strictObject({
  code: CodeSchema,
  reason: optional(IDEA_LIMITS.message),
});
export const IdeaSatisfactionSchema = v.strictObject({
  code: CodeSchema,
  score: v.pipe(v.number('invalid'), v.integer('invalid'), v.minValue(1), v.maxValue(5)),
  comment: optional(IDEA_LIMITS.comment),
});
