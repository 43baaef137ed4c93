import type { NoaberDatabase } from './database.ts';
import { noteUserWrite } from './user-activity.ts';

/**
 * The forms that keep a draft. A form for a new record is keyed by where it is made (the
 * kern, the initiative); a form that changes a record by that record: one draft per form and
 * record, so two initiatives' half-typed feedback never mix.
 */
export type DraftForm =
  | 'new-visit'
  | 'edit-visit'
  | 'new-initiative'
  | 'edit-initiative'
  | 'new-organisation'
  | 'edit-organisation'
  | 'new-person'
  | 'edit-person'
  | 'feedback'
  | 'status-change'
  | 'edit-action'
  | 'review-note';

export function draftKey(form: DraftForm, recordId = ''): string {
  return recordId === '' ? form : `${form}-${recordId}`;
}

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

/**
 * Writes one form's draft as it is typed. Every change starts its write at once — no
 * debounce, no waiting for the previous write — so that a reload or a closed tab right after
 * typing loses as little as possible. IndexedDB runs read-write transactions on the same
 * store in the order they were created, so the newest value is always the one that stays.
 */
export class DraftWriter<T> {
  private last: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: NoaberDatabase,
    private readonly key: string,
  ) {}

  write(value: T): void {
    // A failed draft write must not break typing; the save itself reports.
    this.last = saveDraft(this.db, this.key, value).catch(() => undefined);
  }

  /** Resolves when every write started so far is on the device (they finish in order). */
  settled(): Promise<void> {
    return this.last;
  }

  /** Forgets the draft, after the writes already started. */
  async discard(): Promise<void> {
    await this.settled();
    await discardDraft(this.db, this.key);
  }
}
