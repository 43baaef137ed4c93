import { useCallback, useEffect, useState } from 'preact/hooks';

export interface StorageStatus {
  /** Undefined where the browser has no StorageManager estimate. */
  usage?: number;
  quota?: number;
  persisted: boolean;
}

/**
 * How much this origin stores and whether the browser may evict it. Asking for persistence
 * matters in the field: an evicted database would take unsent visits with it.
 */
export function useStorageStatus(): {
  status: StorageStatus | undefined;
  requestPersistence: () => Promise<boolean>;
} {
  const [status, setStatus] = useState<StorageStatus>();

  const refresh = useCallback(async () => {
    // Missing in old browsers and outside a secure context.
    if (!('storage' in navigator)) {
      setStatus({ persisted: false });
      return;
    }
    const estimate = await navigator.storage.estimate();
    const persisted = await navigator.storage.persisted();
    setStatus({ usage: estimate.usage, quota: estimate.quota, persisted });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const requestPersistence = useCallback(async () => {
    const granted = 'storage' in navigator && (await navigator.storage.persist());
    await refresh();
    return granted;
  }, [refresh]);

  return { status, requestPersistence };
}

/**
 * Whether the browser keeps this site's data for good (navigator.storage.persisted()),
 * checked again when the app comes back into view: installing it may change the answer.
 * Undefined until known, false where the browser cannot say.
 */
export function usePersistedStorage(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    let current = true;
    const check = () => {
      if (!('storage' in navigator)) {
        setPersisted(false);
        return;
      }
      void navigator.storage
        .persisted()
        .then((answer) => current && setPersisted(answer))
        .catch(() => current && setPersisted(false));
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    check();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      current = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return persisted;
}
