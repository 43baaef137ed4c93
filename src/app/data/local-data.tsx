import { createContext, type ComponentChildren, type ComponentType } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { NoaberDatabase } from '../../db/database.ts';
import type { WriteContext } from '../../db/repositories/record-writer.ts';
import { forgetLostDatabase, isOpenDatabase, openUserDatabase } from '../../db/user-data.ts';
import type { AuthClient } from '../../sync/auth-client.ts';
import { loadProblemView, type ProblemView } from './DeviceErrorBoundary.tsx';

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
  // The database was taken away: nothing shown until the words load (DatabaseLost.tsx, loaded
  // only then: the first screen's JavaScript has a size budget).
  const [Lost, setLost] = useState<ComponentType | null>();
  // The database would not open: said in words with what to do, never an empty screen.
  const [openFailed, setOpenFailed] = useState<{ error: unknown; View?: ProblemView }>();

  useEffect(() => {
    let current = true;
    const failed = (error: unknown) => {
      if (!current) return;
      setOpenFailed({ error });
      void loadProblemView().then((View) => current && setOpenFailed({ error, View }));
    };
    openUserDatabase(userId).then(async (opened) => {
      if (current) setDb(opened);
      // Loaded apart: the first screen's JavaScript has a size budget. (Not in user-data.ts,
      // which the service worker imports: a dynamic import breaks its classic script.)
      const { watchForLoss } = await import('../../db/database-loss.ts');
      watchForLoss(
        opened,
        () => {
          forgetLostDatabase(userId, opened);
          setLost(null);
          void import('./DatabaseLost.tsx').then((m) => current && setLost(() => m.default));
        },
        () => !isOpenDatabase(userId, opened),
      );
    }, failed);
    // Ask once that the browser never evicts this data (unsent visits live here). Browsers
    // decide by themselves, often granting it to installed apps; Instellingen shows the result.
    if ('storage' in navigator) {
      void navigator.storage.persisted().then((persisted) => persisted || navigator.storage.persist());
    }
    return () => {
      current = false;
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
  if (Lost !== undefined) return Lost && <Lost />;
  if (openFailed) {
    const { View, error } = openFailed;
    // Another try starts the app afresh: a fresh page opens the database anew.
    return View ? <View error={error} opening onRetry={() => window.location.reload()} /> : null;
  }
  if (!value) return null;
  return <LocalDataContext.Provider value={value}>{children}</LocalDataContext.Provider>;
}

export function useLocalData(): LocalData {
  const data = useContext(LocalDataContext);
  if (!data) throw new Error('useLocalData outside LocalDataProvider');
  return data;
}
