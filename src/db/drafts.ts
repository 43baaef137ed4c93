import type { NoaberDatabase } from './database.ts';
import { noteUserWrite } from './user-activity.ts';

/**
 * Half-typed forms, kept in IndexedDB on every change so that a reload, a crash or an app
 * update never loses them. Drafts never sync: they are this device's alone.
 */
export async function loadDraft<T>(db: NoaberDatabase, key: string): Promise<T | undefined> {
  return (await db.drafts.get(key))?.value as T | undefined;
}

export async function saveDraft(db: NoaberDatabase, key: string, value: unknown): Promise<void> {
  // Typing now means a save soon: let sync make way for it already.
  noteUserWrite(db.name);
  await db.drafts.put({ key, value, savedAt: Date.now() });
}

export async function discardDraft(db: NoaberDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}
