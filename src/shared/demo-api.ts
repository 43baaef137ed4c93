import * as v from 'valibot';
import { ROLES } from './roles.ts';

/**
 * `GET /api/demo`, answered only by a server in demo mode (`npm run demo`): the demo
 * accounts, password included, for the sign-in page to offer. Any other server answers 404.
 */
export const DemoAccountSchema = v.strictObject({
  email: v.string(),
  password: v.string(),
  displayName: v.string(),
  role: v.picklist(ROLES),
});
export type DemoAccount = v.InferOutput<typeof DemoAccountSchema>;

export const DemoInfoSchema = v.strictObject({ accounts: v.array(DemoAccountSchema) });
export type DemoInfo = v.InferOutput<typeof DemoInfoSchema>;

export const DEMO_PATH = '/api/demo';
