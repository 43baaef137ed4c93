import { createStore, get, update } from 'idb-keyval';
import type { IdeaSubmission } from '../shared/ideas/idea-schema.ts';

/**
 * Ideas typed on this phone that did not reach the server yet, in IndexedDB (idb-keyval, not
 * the field app's Dexie): sent on `online`, at the next visit and by Background Sync (the
 * service worker imports this file, so no DOM here). The server knows a resend by the idea's
 * id, so sending twice is harmless.
 */
export const store = createStore('noaber-idee', 'keyval');
const QUEUE = 'queue';
export const IDEE_SYNC_TAG = 'noaber-idee-outbox';

export type QueuedIdea = IdeaSubmission;

export async function enqueue(idea: QueuedIdea): Promise<void> {
  await update<QueuedIdea[]>(
    QUEUE,
    (queue = []) => [...queue.filter((q) => q.id !== idea.id), idea],
    store,
  );
}

export async function queued(): Promise<QueuedIdea[]> {
  return (await get<QueuedIdea[]>(QUEUE, store)) ?? [];
}

/** What one send achieved: in (or refused for good: never retried), or try again later. */
type Outcome = 'sent' | 'later';

async function sendOne(idea: QueuedIdea): Promise<Outcome> {
  try {
    const response = await fetch('/api/ideas', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(idea),
    });
    // 429 and 5xx: the server will take it later. Any other 4xx would fail forever.
    return response.status === 429 || response.status >= 500 ? 'later' : 'sent';
  } catch {
    return 'later';
  }
}

let flushing: Promise<number> | null = null;

/** Sends what waits, oldest first; resolves with how many still wait. One flush at a time. */
export function flushQueue(): Promise<number> {
  flushing ??= (async () => {
    for (const idea of await queued()) {
      if ((await sendOne(idea)) === 'later') break;
      await update<QueuedIdea[]>(
        QUEUE,
        (queue = []) => queue.filter((q) => q.id !== idea.id),
        store,
      );
    }
    return (await queued()).length;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}
