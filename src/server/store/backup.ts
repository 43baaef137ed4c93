import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { errorCode, StartupError } from '../startup-error.ts';
import { DATABASE_FILE_NAME } from './sqlite-store.ts';

/** Where `npm run backup` writes, inside the data folder. */
export const BACKUP_FOLDER = 'backups';

/**
 * Writes a consistent copy of the database to `<dataDir>/backups/noaber-<time>.sqlite` with
 * SQLite's online backup, safe while the server runs: the copy is the database as of one
 * moment, with every change committed until then (also those still in the WAL). Restoring is
 * copying that file back to noaber.sqlite while the server is stopped; the server then sees
 * that it went back in time and the devices send what the copy lacks (README, "Backup").
 * Returns the path of the copy.
 */
export async function backupDatabase(dataDir: string, now: Date = new Date()): Promise<string> {
  const file = join(dataDir, DATABASE_FILE_NAME);
  if (!existsSync(file)) throw new StartupError(`there is no database at ${file}; check DATA_DIR.`);
  const folder = join(dataDir, BACKUP_FOLDER);
  const target = join(folder, `noaber-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
  let db: Database.Database | undefined;
  try {
    mkdirSync(folder, { recursive: true });
    db = new Database(file, { fileMustExist: true });
    // The server may hold the write lock for a moment; the backup then waits for it.
    db.pragma('busy_timeout = 5000');
    await db.backup(target);
  } catch (error) {
    throw new StartupError(
      `cannot write the backup ${target} (${errorCode(error) ?? String(error)}).`,
    );
  } finally {
    db?.close();
  }
  return target;
}
