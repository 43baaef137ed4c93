import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DraftWriter, loadDraft } from '../../db/drafts.ts';
import type { NoaberDatabase } from '../../db/database.ts';

export interface DraftState<T> {
  value: T;
  /** False until the stored draft is read: render the form only then. */
  ready: boolean;
  /** A new value, or a function of the newest one (several fields may change in one turn). */
  update: (next: T | ((current: T) => T)) => void;
  /** Forget the draft (after a save or a cancel). */
  discard: () => Promise<void>;
  /** Show `next` (an empty form after a save) and forget the draft. */
  reset: (next: T) => Promise<void>;
}

/**
 * Form state that is kept in IndexedDB while it is typed, and restored when the form opens
 * again (after a reload, a crash or an app update). One draft per form and record: the key
 * says which (src/db/drafts.ts, draftKey); DraftWriter orders the writes.
 */
export function useDraft<T>(db: NoaberDatabase, key: string, initial: () => T): DraftState<T> {
  const [value, setValue] = useState<T>(initial);
  const latest = useRef<T>(value);
  const [ready, setReady] = useState(false);
  const writer = useMemo(() => new DraftWriter<T>(db, key), [db, key]);

  useEffect(() => {
    let current = true;
    void loadDraft<T>(db, key)
      .catch(() => undefined) // an unreadable draft starts the form afresh
      .then((draft) => {
        if (!current) return;
        if (draft !== undefined) {
          latest.current = draft;
          setValue(draft);
        }
        setReady(true);
      });
    return () => {
      current = false;
    };
  }, [db, key]);

  const update = (next: T | ((current: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (current: T) => T)(latest.current) : next;
    latest.current = resolved;
    setValue(resolved);
    writer.write(resolved);
  };
  const discard = () => writer.discard();
  const reset = async (next: T) => {
    latest.current = next;
    setValue(next);
    await writer.discard();
  };

  return { value, ready, update, discard, reset };
}
