import type { AuthClient } from './auth-client.ts';
import type { SyncTransport } from './sync-engine.ts';

/** The sync engine's way to the server: the API over HTTP, with the session's access token. */
export function httpTransport(auth: AuthClient): SyncTransport {
  return {
    push: (body) => auth.request('/api/sync/push', { method: 'POST', body, compress: true }),
    pull: (body) => auth.request('/api/sync/pull', { method: 'POST', body }),
  };
}
