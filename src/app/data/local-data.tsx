import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { NoaberDatabase } from '../../db/database.ts';
import type { WriteContext } from '../../db/repositories/record-writer.ts';
import { onUserDatabaseLost, openUserDatabase } from '../../db/user-data.ts';
import type { AuthClient } from '../../sync/auth-client.ts';
import { DatabaseLost } from './DatabaseLost.tsx';

interface LocalData {
  db: NoaberDatabase;
  userId: string;
  /** Who writes and when: passed to every repository call. */
  writer: WriteContext;
}

const LocalDataContext = createContext<LocalData | undefined>(undefined);

/**
 * The signed-in account's local database for the screens below. Reference lists are copied
 * from the server when the app starts or comes online; offline the last copy is used.
 */
export function LocalDataProvider({
  auth,
  userId,
  children,
}: {
  auth: AuthClient;
  userId: string;
  children: ComponentChildren;
}) {
  const [db, setDb] = useState<NoaberDatabase>();
  const [lost, setLost] = useState(false);

  useEffect(() => {
    let current = true;
    // Subscribed before opening: a loss can come at any moment after.
    const stopWatching = onUserDatabaseLost(userId, () => current && setLost(true));
    void openUserDatabase(userId).then((opened) => current && setDb(opened));
    // Ask once that the browser never evicts this data (unsent visits live here). Browsers
    // decide by themselves, often granting it to installed apps; Instellingen shows the result.
    if ('storage' in navigator) {
      void navigator.storage.persisted().then((persisted) => persisted || navigator.storage.persist());
    }
    return () => {
      current = false;
      stopWatching();
    };
  }, [userId]);

  useEffect(() => {
    if (!db) return undefined;
    const refresh = () => {
      // Loaded apart from the first screen: it carries the schemas of every reference list.
      if (!navigator.onLine) return;
      import('../../sync/reference-sync.ts')
        .then((sync) => sync.refreshReferenceData(auth, db))
        .catch(() => undefined);
    };
    refresh();
    window.addEventListener('online', refresh);
    return () => window.removeEventListener('online', refresh);
  }, [auth, db]);

  const value = useMemo(
    () => db && { db, userId, writer: { userId, now: () => Date.now() } },
    [db, userId],
  );
  // Nothing below may read the closed database: the sync runner stops, no screen shows it empty.
  if (lost) return <DatabaseLost />;
  if (!value) return null;
  return <LocalDataContext.Provider value={value}>{children}</LocalDataContext.Provider>;
}

export function useLocalData(): LocalData {
  const data = useContext(LocalDataContext);
  if (!data) throw new Error('useLocalData outside LocalDataProvider');
  return data;
}
