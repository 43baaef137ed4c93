import { useCallback, useEffect, useState } from 'preact/hooks';

/**
 * Data the beheer screens read from the server (online only). `reload` after a change; an
 * error is kept for the screen to show in words.
 */
export function useRemote<T>(load: () => Promise<T>): {
  data: T | undefined;
  error: unknown;
  reload: () => void;
} {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const reload = useCallback(() => {
    load().then(
      (value) => {
        setData(value);
        setError(undefined);
      },
      (failure: unknown) => setError(failure),
    );
  }, [load]);
  useEffect(reload, [reload]);
  return { data, error, reload };
}
