import { useEffect, useRef, useState } from 'preact/hooks';
import { discardDraft, loadDraft, saveDraft } from '../../db/drafts.ts';
import type { NoaberDatabase } from '../../db/database.ts';

/** Waits this long after the last keystroke before writing the draft. */
const DRAFT_DELAY_MS = 250;

/**
 * Form state that is kept in IndexedDB while it is typed, and restored when the form opens
 * again (after a reload, a crash or an app update). `ready` is false until the draft is read.
 */
export function useDraft<T>(
  db: NoaberDatabase,
  key: string,
  initial: () => T,
): { value: T; ready: boolean; update: (next: T) => void; discard: () => Promise<void> } {
  const [value, setValue] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef<T>(value);

  useEffect(() => {
    void loadDraft<T>(db, key).then((draft) => {
      if (draft !== undefined) {
        setValue(draft);
        latest.current = draft;
      }
      setReady(true);
    });
  }, [db, key]);

  // Write what is pending when the page is hidden or closed: the last keystrokes count too.
  useEffect(() => {
    const flush = () => {
      if (timer.current === undefined) return;
      window.clearTimeout(timer.current);
      timer.current = undefined;
      void saveDraft(db, key, latest.current);
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [db, key]);

  const update = (next: T) => {
    setValue(next);
    latest.current = next;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      void saveDraft(db, key, next);
    }, DRAFT_DELAY_MS);
  };

  const discard = async () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    await discardDraft(db, key);
  };

  return { value, ready, update, discard };
}
