import { readConfig } from '../config.ts';
import { findProjectRoot } from '../project-files.ts';
import { StartupError } from '../startup-error.ts';
import { backupDatabase } from '../store/backup.ts';
import { tenantDataDir } from '../tenants/open-tenants.ts';

/**
 * Entry of `npm run backup`: a consistent copy of each SQLite database in its folder's
 * backups/ (DATA_DIR/backups for one municipality).
 */
async function main(): Promise<number> {
  try {
    const config = readConfig(process.env, findProjectRoot());
    if (config.databaseUrl !== null) {
      throw new StartupError(
        'the data is in PostgreSQL (DATABASE_URL): back it up with pg_dump (README, "Backup and restore").',
      );
    }
    // Every tenant's file, each its own consistent copy.
    for (const tenant of config.tenants) {
      const target = await backupDatabase(tenantDataDir(config, tenant));
      process.stdout.write(`Backup written: ${target}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof StartupError) {
      process.stderr.write(`noaber: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
