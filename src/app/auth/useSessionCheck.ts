import { useEffect } from 'preact/hooks';
import type { AuthClient } from '../../sync/auth-client.ts';

/**
 * Confirms the session with the server when the app starts, comes back online or into view:
 * roles and kernen may have changed, an expired access token gets refreshed, and a revoked
 * device learns it. Offline this does nothing; failures are handled by the AuthClient.
 */
export function useSessionCheck(client: AuthClient, signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return undefined;
    const check = () => {
      if (navigator.onLine && document.visibilityState === 'visible') {
        client.checkSession().catch(() => undefined);
      }
    };
    check();
    window.addEventListener('online', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('online', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [client, signedIn]);
}
