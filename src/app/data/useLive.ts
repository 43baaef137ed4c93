import { useEffect, useState } from 'preact/hooks';
import { watch } from '../../db/live.ts';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * A live query: the screen shows what is on the device and updates by itself when anything
 * it read changes, whether this screen, another tab or the sync wrote it. A query that fails
 * is thrown while rendering, so that DeviceErrorBoundary says what happened and what to do
 * (a screen that showed nothing while not 'ready' would otherwise stay blank).
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(
    () =>
      watch(
        query,
        (value) => setState({ status: 'ready', value }),
        (error) => setState({ status: 'failed', error }),
      ),
    // The caller lists what the query depends on, as with useEffect.
    deps,
  );
  if (state.status === 'failed') throw state.error;
  return state;
}
