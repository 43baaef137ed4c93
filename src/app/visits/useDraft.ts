import { useEffect, useRef, useState } from 'preact/hooks';
import { discardDraft, loadDraft, saveDraft } from '../../db/drafts.ts';
import type { NoaberDatabase } from '../../db/database.ts';

/**
 * Form state that is kept in IndexedDB while it is typed, and restored when the form opens
 * again (after a reload, a crash or an app update). `ready` is false until the draft is read.
 *
 * Every change starts its write at once — no debounce — so that closing the tab right after
 * typing loses nothing. Writes never overlap: while one is running, only the newest value
 * waits, and it is written next.
 */
export function useDraft<T>(
  db: NoaberDatabase,
  key: string,
  initial: () => T,
): { value: T; ready: boolean; update: (next: T) => void; discard: () => Promise<void> } {
  const [value, setValue] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const writing = useRef<Promise<void> | undefined>(undefined);
  const waiting = useRef<{ value: T } | undefined>(undefined);
  const discarded = useRef(false);

  useEffect(() => {
    discarded.current = false;
    void loadDraft<T>(db, key).then((draft) => {
      if (draft !== undefined) setValue(draft);
      setReady(true);
    });
  }, [db, key]);

  const write = (next: T) => {
    if (writing.current) {
      waiting.current = { value: next };
      return;
    }
    writing.current = saveDraft(db, key, next)
      .catch(() => undefined) // a failed draft write must not break typing; the save reports
      .finally(() => {
        writing.current = undefined;
        const pending = waiting.current;
        waiting.current = undefined;
        if (pending && !discarded.current) write(pending.value);
      });
  };

  const update = (next: T) => {
    setValue(next);
    write(next);
  };

  const discard = async () => {
    discarded.current = true;
    waiting.current = undefined;
    await writing.current;
    await discardDraft(db, key);
  };

  return { value, ready, update, discard };
}
