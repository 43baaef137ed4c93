import * as v from 'valibot';
import { IdSchema } from './auth-api.ts';

/**
 * A colleague as every account may see them: the name that goes with the user id in records
 * (who wrote, who is assigned, whose value a conflict overruled), and the kernen they work in
 * as gebiedsverbinder (so the app offers only connectors the server will accept for a kern).
 * Nothing more: no e-mail address or other roles.
 */
export const ColleagueSchema = v.strictObject({
  id: IdSchema,
  displayName: v.string(),
  /** Empty for anyone who is no active gebiedsverbinder (a former colleague, a beheerder). */
  kernIds: v.optional(v.array(IdSchema), []),
});
export type Colleague = v.InferOutput<typeof ColleagueSchema>;
