import * as v from 'valibot';
import { IdSchema } from './auth-api.ts';

/**
 * A colleague as every account may see them: the name that goes with the user id in records
 * (who wrote, who is assigned, whose value a conflict overruled). Nothing more: no e-mail
 * address, roles or kernen.
 */
export const ColleagueSchema = v.strictObject({
  id: IdSchema,
  displayName: v.string(),
});
export type Colleague = v.InferOutput<typeof ColleagueSchema>;
