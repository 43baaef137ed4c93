import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { DisplayNameSchema, EmailSchema } from '../../shared/auth-api.ts';
import { ROLES, type Role } from '../../shared/roles.ts';
import type { Services } from '../services.ts';

export const USAGE = `usage: npm run user -- add <email> <role> [<role>…] [--name "<name>"] [--kern <kern>]… [--tenant <id>]
roles: ${ROLES.join(', ')}`;

export class UsageError extends Error {}

/**
 * `npm run user -- add …`: invites an account from the command line and returns the one-time
 * setup link to hand to that person. Kernen are named as in the beheer screen.
 */
export async function runUserCommand(argv: string[], services: Services): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      kern: { type: 'string', multiple: true },
      // Chooses the store before this runs (cli/user.ts).
      tenant: { type: 'string' },
    },
  });
  const [command, rawEmail, ...rawRoles] = positionals;
  if (command !== 'add' || !rawEmail || rawRoles.length === 0) throw new UsageError(USAGE);

  const email = v.safeParse(EmailSchema, rawEmail);
  if (!email.success) throw new UsageError(`not an e-mail address: ${rawEmail}`);
  const roles = rawRoles.map((role) => {
    if (!(ROLES as readonly string[]).includes(role))
      throw new UsageError(`unknown role: ${role}\n${USAGE}`);
    return role as Role;
  });
  const name = v.safeParse(DisplayNameSchema, values.name ?? email.output.split('@')[0]);
  if (!name.success) throw new UsageError('--name must be 1 to 120 characters');

  const kernen = await services.store.reference.listKernen();
  const kernIds = (values.kern ?? []).map((wanted) => {
    const kern = kernen.find((k) => k.name.toLowerCase() === wanted.toLowerCase());
    if (!kern) throw new UsageError(`unknown kern: ${wanted}`);
    return kern.id;
  });

  const answer = await services.accounts.invite(
    { email: email.output, displayName: name.output, roles, kernIds },
    { actorId: null, address: 'cli' },
  );
  return answer.setupLink;
}
