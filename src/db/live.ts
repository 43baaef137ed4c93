import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again whenever a table it read changes (in this tab or another),
 * calling `onResult` each time. Screens read through this and never wait for the network.
 * Returns the function that stops watching.
 */
export function watch<T>(
  query: () => Promise<T>,
  onResult: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onResult, error: onError });
  return () => subscription.unsubscribe();
}
