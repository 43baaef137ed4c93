import { unsentChanges } from '../../db/queries/sync-queries.ts';
import type { NoaberDatabase } from '../../db/database.ts';

/**
 * "Niet-verzonden wijzigingen exporteren": every outbox entry as a JSON file the browser
 * saves, the safety net when the server cannot take them (Synchronisatie, a revoked device).
 */
export async function exportUnsent(db: NoaberDatabase): Promise<void> {
  const entries = await unsentChanges(db);
  const blob = new Blob(
    [JSON.stringify({ exportedAt: new Date().toISOString(), entries }, null, 2)],
    { type: 'application/json' },
  );
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `noaber-niet-verzonden-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}
