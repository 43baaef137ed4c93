import { readConfig } from '../config.ts';
import { findProjectRoot } from '../project-files.ts';
import { StartupError } from '../startup-error.ts';
import { backupDatabase } from '../store/backup.ts';

/** Entry of `npm run backup`: a consistent copy of the database in DATA_DIR/backups. */
async function main(): Promise<number> {
  try {
    const config = readConfig(process.env, findProjectRoot());
    const target = await backupDatabase(config.dataDir);
    process.stdout.write(`Backup written: ${target}\n`);
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
