import * as v from 'valibot';
import {
  CivilDateSchema,
  type FieldReason,
  OptionalEmailSchema,
  OptionalPhoneSchema,
  RecordIdSchema,
  RecordMetaSchema,
  requiredText,
} from './fields.ts';

/** Roles a person holds in an organisation, with dates: boards change. */
export const MEMBERSHIP_ROLES = [
  'voorzitter',
  'secretaris',
  'penningmeester',
  'bestuurslid',
  'lid',
  'contactpersoon',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MembershipSchema = v.pipe(
  v.strictObject({
    organisationId: RecordIdSchema,
    role: v.picklist(MEMBERSHIP_ROLES),
    startDate: v.nullable(CivilDateSchema),
    endDate: v.nullable(CivilDateSchema),
  }),
  v.forward(
    v.partialCheck(
      [['startDate'], ['endDate']],
      (m) => m.startDate === null || m.endDate === null || m.startDate <= m.endDate,
      'end-before-start' satisfies FieldReason,
    ),
    ['endDate'],
  ),
);
export type Membership = v.InferOutput<typeof MembershipSchema>;

/**
 * A contact person. Personal data is kept only with a stated basis (AVG): why we may keep it,
 * e.g. "contactpersoon vereniging" or "toestemming gegeven op 3 maart 2025".
 */
const personFields = {
  name: requiredText(200),
  kernId: RecordIdSchema,
  phone: OptionalPhoneSchema,
  email: OptionalEmailSchema,
  memberships: v.optional(v.array(MembershipSchema), []),
  dataBasis: requiredText(300),
};

export const PersonInputSchema = v.strictObject(personFields);
export type PersonInput = v.InferInput<typeof PersonInputSchema>;

export const PersonSchema = v.strictObject({ ...RecordMetaSchema, ...personFields });
export type Person = v.InferOutput<typeof PersonSchema>;

/**
 * What visits and initiatives that named an erased person point at instead (AVG art. 17,
 * src/shared/privacy/erasure.ts): the app shows it as "verwijderde persoon".
 */
export const ERASED_PERSON_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Is this pulled row an erased person's tombstone (erasure.ts, erasedPersonRecord)? A deleted
 * person always keeps a name (it is required), so an empty one tells an erasure — also to an
 * older app, which simply sees the person deleted.
 */
export function isErasedPerson(table: string, data: Record<string, unknown>): boolean {
  return table === 'people' && data['deleted'] === true && data['name'] === '';
}
