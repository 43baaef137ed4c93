import { unsentChanges } from '../../db/queries/sync-queries.ts';
import type { NoaberDatabase } from '../../db/database.ts';
import { downloadText } from '../components/download-file.ts';

/**
 * "Niet-verzonden wijzigingen exporteren": every outbox entry as a JSON file the browser
 * saves, the safety net when the server cannot take them (Synchronisatie, a revoked device).
 */
export async function exportUnsent(db: NoaberDatabase): Promise<void> {
  const entries = await unsentChanges(db);
  downloadText(
    `noaber-niet-verzonden-${new Date().toISOString().slice(0, 10)}.json`,
    'application/json',
    JSON.stringify({ exportedAt: new Date().toISOString(), entries }, null, 2),
  );
}
