import { RECORD_SCHEMAS } from '../../shared/sync-protocol/record-schemas.ts';
import type { Conflict } from '../../shared/sync-protocol/sync-records.ts';
import type { NoaberDatabase } from '../database.ts';
import { RecordNotFoundError } from './record-errors.ts';
import { patchRecord, type WriteContext } from './record-writer.ts';

/**
 * Resolves a conflict by choosing which value stays. Choosing the overruled value writes it
 * back to the record, as an ordinary edit; both that edit and the resolution go to the
 * server in one transaction, so a conflict is never marked resolved without its value.
 */
export async function updateConflictChoice(
  db: NoaberDatabase,
  conflictId: string,
  chosen: 'kept' | 'overruled',
  context: WriteContext,
): Promise<Conflict> {
  return db.transaction('rw', db.conflicts, db.table(await tableOf(db, conflictId)), async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict) throw new RecordNotFoundError('conflicts', conflictId);
    if (chosen === 'overruled') {
      await patchRecord(
        db,
        conflict.table,
        RECORD_SCHEMAS[conflict.table],
        conflict.recordId,
        () => ({ [conflict.field]: conflict.overruledValue }),
        context,
      );
    }
    const at = context.now();
    const resolution = { resolvedAt: at, resolvedById: context.userId, chosen, updatedAt: at };
    await db.conflicts.update(conflictId, resolution);
    return { ...conflict, ...resolution };
  });
}

async function tableOf(db: NoaberDatabase, conflictId: string): Promise<string> {
  const conflict = await db.conflicts.get(conflictId);
  if (!conflict) throw new RecordNotFoundError('conflicts', conflictId);
  return conflict.table;
}
