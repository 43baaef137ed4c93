import { readConfig } from '../config.ts';
import { ApiFailure } from '../http/api-errors.ts';
import { findProjectRoot } from '../project-files.ts';
import { seedReferenceData } from '../seed/seed-reference-data.ts';
import { createServices } from '../services.ts';
import { StartupError } from '../startup-error.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { runUserCommand, UsageError } from './user-command.ts';

/** Entry of `npm run user`: same DATA_DIR and settings as the server. */
async function main(): Promise<number> {
  try {
    const config = readConfig(process.env, findProjectRoot());
    const store = openSqliteStore(config.dataDir);
    try {
      await seedReferenceData(store, config.seed);
      const link = await runUserCommand(process.argv.slice(2), createServices(store, config.auth));
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

process.exitCode = await main();
