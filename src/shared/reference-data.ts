import * as v from 'valibot';
import { IdSchema } from './auth-api.ts';

/**
 * Reference lists an administrator keeps: the kernen (villages, hamlets, rural areas) and the
 * kinds of organisation. They are data, seeded for Dalfsen, never code: another municipality
 * changes them in the beheer screens.
 */
export const KERN_KINDS = ['dorp', 'buurtschap', 'buitengebied'] as const;
export type KernKind = (typeof KERN_KINDS)[number];

const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

export const KernSchema = v.strictObject({
  id: IdSchema,
  name: v.string(),
  kind: v.picklist(KERN_KINDS),
  /** The village a buurtschap belongs to, if any. */
  parentId: v.nullable(IdSchema),
  active: v.boolean(),
});
export type Kern = v.InferOutput<typeof KernSchema>;

export const CreateKernRequestSchema = v.strictObject({
  name: NameSchema,
  kind: v.picklist(KERN_KINDS),
  parentId: v.optional(v.nullable(IdSchema), null),
});
export type CreateKernRequest = v.InferInput<typeof CreateKernRequestSchema>;

export const UpdateKernRequestSchema = v.strictObject({
  name: v.optional(NameSchema),
  kind: v.optional(v.picklist(KERN_KINDS)),
  parentId: v.optional(v.nullable(IdSchema)),
  active: v.optional(v.boolean()),
});
export type UpdateKernRequest = v.InferInput<typeof UpdateKernRequestSchema>;

export const OrganisationKindSchema = v.strictObject({
  id: IdSchema,
  name: v.string(),
  active: v.boolean(),
});
export type OrganisationKind = v.InferOutput<typeof OrganisationKindSchema>;

export const CreateOrganisationKindRequestSchema = v.strictObject({ name: NameSchema });
export const UpdateOrganisationKindRequestSchema = v.strictObject({
  name: v.optional(NameSchema),
  active: v.optional(v.boolean()),
});
export type UpdateOrganisationKindRequest = v.InferInput<
  typeof UpdateOrganisationKindRequestSchema
>;
