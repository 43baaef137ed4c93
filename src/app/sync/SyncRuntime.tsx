import { useEffect } from 'preact/hooks';
import { httpTransport } from '../../sync/http-transport.ts';
import { startSyncRunner } from '../../sync/sync-runner.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { useLocalData } from '../data/local-data.tsx';
import SyncStatusBar from './SyncStatusBar.tsx';

/** Runs sync for the signed-in account while the app is open, and shows its status. */
export default function SyncRuntime() {
  const { client } = useAuth();
  const { db, userId } = useLocalData();
  useEffect(
    () => startSyncRunner({ db, userId, transport: httpTransport(client) }),
    [client, db, userId],
  );
  return <SyncStatusBar />;
}
