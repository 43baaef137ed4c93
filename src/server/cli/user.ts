import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { ApiFailure } from '../http/api-errors.ts';
import { findProjectRoot } from '../project-files.ts';
import { seedReferenceData } from '../seed/seed-reference-data.ts';
import { createServices } from '../services.ts';
import { StartupError } from '../startup-error.ts';
import { chosenTenant, openTenantStore } from '../tenants/open-tenants.ts';
import { runUserCommand, UsageError } from './user-command.ts';

/** Entry of `npm run user`: same DATA_DIR and settings as the server. */
async function main(): Promise<number> {
  try {
    const config = readConfig(process.env, findProjectRoot());
    const argv = process.argv.slice(2);
    const tenant = chosenTenant(config, tenantOption(argv));
    const store = await openTenantStore(config, tenant);
    try {
      await seedReferenceData(store, tenant.seed);
      const auth =
        tenant.publicUrl === null ? config.auth : { ...config.auth, publicUrl: tenant.publicUrl };
      const link = await runUserCommand(argv, createServices(store, auth));
      process.stdout.write(
        `Invited. Send this one-time setup link to the person:\n\n  ${link}\n\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof StartupError ||
      error instanceof ApiFailure
    ) {
      process.stderr.write(`noaber: ${error.message}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}

/** The value of --tenant, read before the command's own parsing (which needs the store). */
function tenantOption(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: { tenant: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return typeof values.tenant === 'string' ? values.tenant : undefined;
}

process.exitCode = await main();
