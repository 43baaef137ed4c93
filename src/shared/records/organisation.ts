import * as v from 'valibot';
import {
  CivilDateSchema,
  type FieldReason,
  OptionalEmailSchema,
  OptionalPhoneSchema,
  OptionalWebsiteSchema,
  optionalText,
  RecordIdSchema,
  RecordMetaSchema,
  requiredText,
} from './fields.ts';

/**
 * An organisation in a kern: a Plaatselijk Belang, a vereniging, a school… Associations
 * dissolve (PB dorp Dalfsen did on 31 December 2022): then the status is `opgeheven` with an
 * end date, and its history stays readable.
 */
export const ORGANISATION_STATUSES = ['actief', 'slapend', 'opgeheven'] as const;

const organisationFields = {
  name: requiredText(200),
  /** One of the beheerder's organisation kinds. */
  kindId: RecordIdSchema,
  kernIds: v.pipe(v.array(RecordIdSchema), v.minLength(1, 'needs-kern' satisfies FieldReason)),
  address: optionalText(300),
  email: OptionalEmailSchema,
  phone: OptionalPhoneSchema,
  website: OptionalWebsiteSchema,
  status: v.picklist(ORGANISATION_STATUSES),
  endDate: v.nullable(CivilDateSchema),
  notes: optionalText(4000),
};

/** A dissolved organisation has an end date; an active one has none. */
const END_DATE_MESSAGE: FieldReason = 'end-date-status';
const endDateFits = (input: { status: string; endDate: string | null }) =>
  (input.status === 'opgeheven') === (input.endDate !== null);

export const OrganisationInputSchema = v.pipe(
  v.strictObject(organisationFields),
  v.forward(v.partialCheck([['status'], ['endDate']], endDateFits, END_DATE_MESSAGE), ['endDate']),
);
export type OrganisationInput = v.InferInput<typeof OrganisationInputSchema>;

export const OrganisationSchema = v.pipe(
  v.strictObject({ ...RecordMetaSchema, ...organisationFields }),
  v.forward(v.partialCheck([['status'], ['endDate']], endDateFits, END_DATE_MESSAGE), ['endDate']),
);
export type Organisation = v.InferOutput<typeof OrganisationSchema>;
